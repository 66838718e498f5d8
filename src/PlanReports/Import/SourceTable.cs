namespace PlanReports.Import;

/// <summary>
/// Rows for one store table from one file, as text cells under named columns, before any checking.
/// CSV files and the reference YAML both arrive in this shape, so one checker serves both.
/// </summary>
/// <param name="Table">The store table the rows are for.</param>
/// <param name="File">Where they came from, for error messages.</param>
/// <param name="HeaderLine">The line of the header (CSV), or null.</param>
/// <param name="Columns">Column names, in cell order.</param>
/// <param name="Rows">The rows.</param>
/// <param name="ReplacesTable">True when the table's current rows are deleted first (reference data is replaced whole).</param>
/// <param name="ReplacesRows">Store rows deleted first because this source brings them all again (a workbook replaces its organisation's rows).</param>
internal sealed record SourceTable(
    string Table,
    string File,
    int? HeaderLine,
    IReadOnlyList<string> Columns,
    IReadOnlyList<SourceRow> Rows,
    bool ReplacesTable,
    IReadOnlyList<ImportScope>? ReplacesRows = null);
