namespace PlanReports.Import;

/// <summary>Rows written to one table.</summary>
/// <param name="Table">The store table.</param>
/// <param name="Rows">Rows written.</param>
/// <param name="Replaced">True when the table's earlier rows were replaced (reference data).</param>
public sealed record ImportedTable(string Table, int Rows, bool Replaced);
