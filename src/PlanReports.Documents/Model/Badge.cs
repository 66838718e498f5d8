namespace PlanReports.Documents.Model;

/// <summary>
/// A status badge: text on a coloured background. The text always carries the meaning (for example "Amber"),
/// so it is never conveyed by colour alone. Callers choose colours with at least 4.5:1 contrast.
/// </summary>
public sealed record Badge(string Text, Colour Background, Colour Foreground) : Inline;
