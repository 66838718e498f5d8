namespace PlanReports.Import;

/// <summary>A row whose cells parsed: typed values for every column of its table, in schema order.</summary>
internal sealed record CheckedRow(string File, int? Line, object?[] Values);
