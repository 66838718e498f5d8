namespace PlanReports.Workbooks;

/// <summary>
/// One sheet: a title, guidance, and one table (header row, then rows) under a defined name. A sheet with a store
/// table is read back on import: each row becomes a row of <see cref="Table"/> with <see cref="Fixed"/> added; a
/// sheet without one is reference only.
/// </summary>
/// <param name="Name">The sheet tab name.</param>
/// <param name="Title">The heading in A1.</param>
/// <param name="Guidance">What to do on this sheet, under the title.</param>
/// <param name="Table">The store table it fills, or null for reference only.</param>
/// <param name="Columns">The table's columns.</param>
/// <param name="Rows">The pre-filled rows.</param>
/// <param name="BlankRows">Empty, unlocked rows after them, for rows the organisation adds.</param>
/// <param name="Fixed">Store columns every row gets (the organisation, the submission).</param>
/// <param name="ScopeColumns">The store columns whose values name the rows this sheet replaces on import.</param>
/// <param name="PeriodColumn">For period columns: the store column the period goes in.</param>
/// <param name="ValueColumn">For period columns: the store column the cell's value goes in.</param>
/// <param name="PeriodRules">Narrower rules for a row's period cells.</param>
internal sealed record WorkbookSheet(
    string Name,
    string Title,
    string Guidance,
    string? Table,
    IReadOnlyList<WorkbookColumn> Columns,
    IReadOnlyList<WorkbookRow> Rows,
    int BlankRows,
    IReadOnlyList<KeyValuePair<string, string>> Fixed,
    IReadOnlyList<string> ScopeColumns,
    string? PeriodColumn = null,
    string? ValueColumn = null,
    IReadOnlyList<RuleWhen>? PeriodRules = null)
{
    /// <summary>The row of the table's header (title in row 1, guidance in row 2, a blank row 3).</summary>
    public const int HeaderRow = 4;

    /// <summary>The defined name of the table's input range, e.g. <c>Milestones_Table</c>.</summary>
    public string DefinedName => Name.Replace(' ', '_') + "_Table";

    /// <summary>The last row of the table, blank rows included.</summary>
    public int LastRow => HeaderRow + Math.Max(1, Rows.Count + BlankRows);

    /// <summary>The rule for one cell of a row, narrowed for period cells where <see cref="PeriodRules"/> say so.</summary>
    public CellRule RuleFor(int column, Func<int, string?> cellText)
    {
        var rule = Columns[column].Rule;
        if (Columns[column].Role == ColumnRole.Period && PeriodRules is not null)
        {
            foreach (var when in PeriodRules)
            {
                if (cellText(when.Column) == when.Value)
                {
                    return when.Rule;
                }
            }
        }

        return rule;
    }
}
