namespace PlanReports.Documents.Model;

/// <summary>A table row. Rows are never split across pages when <see cref="KeepTogether"/> is true.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool KeepTogether = false);
