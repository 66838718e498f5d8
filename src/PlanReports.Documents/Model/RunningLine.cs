namespace PlanReports.Documents.Model;

/// <summary>One line of a running header or footer.</summary>
public sealed record RunningLine(IReadOnlyList<Inline> Inlines, TextAlignment Alignment = TextAlignment.Left);
