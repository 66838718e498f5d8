namespace PlanReports.Documents.Model;

/// <summary>A group of body rows, optionally headed by a label spanning all columns.</summary>
public sealed record TableRowGroup(string? Label, IReadOnlyList<TableRow> Rows);
