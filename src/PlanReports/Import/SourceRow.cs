namespace PlanReports.Import;

/// <summary>One row's cells as text (null = empty = SQL NULL), and the line it starts on where known.</summary>
internal sealed record SourceRow(int? Line, IReadOnlyList<string?> Cells);
