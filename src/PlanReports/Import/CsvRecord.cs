namespace PlanReports.Import;

/// <summary>One CSV record and the line it starts on (a quoted field may span lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
