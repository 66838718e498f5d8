namespace PlanReports.Documents.Model;

/// <summary>
/// A table. Header rows repeat on every page the table spans. Body rows may be split into groups, each with an
/// optional group heading row.
/// </summary>
/// <param name="Columns">Column definitions; their relative widths share the available width.</param>
/// <param name="HeaderRows">Rows repeated at the top of every page (cells are column headers).</param>
/// <param name="Groups">Body rows, in groups; a table without grouping has one group with no label.</param>
/// <param name="Caption">The table's caption, read by screen readers; may be null for layout-only tables.</param>
public sealed record Table(
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRowGroup> Groups,
    string? Caption = null) : Block
{
    /// <summary>All body rows in order, ignoring grouping.</summary>
    public IEnumerable<TableRow> BodyRows => Groups.SelectMany(g => g.Rows);
}
