namespace PlanReports.Documents.Model;

/// <summary>
/// A running header or footer: up to three lines of inlines, each aligned. May contain
/// <see cref="PageNumberField"/> inlines, which every format resolves per page.
/// </summary>
public sealed record RunningContent(IReadOnlyList<RunningLine> Lines);
