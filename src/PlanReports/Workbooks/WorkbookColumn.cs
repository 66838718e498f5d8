namespace PlanReports.Workbooks;

/// <summary>One column of a sheet's table.</summary>
/// <param name="Header">The heading the organisation reads (checked again on import).</param>
/// <param name="StoreColumn">The store column it fills, or null for reference text.</param>
/// <param name="Role">Key, reference, input or period.</param>
/// <param name="Width">Column width in characters.</param>
/// <param name="Rule">What an input accepts.</param>
/// <param name="Period">For a period column, the trajectory period it holds (<c>2012-04</c>).</param>
internal sealed record WorkbookColumn(string Header, string? StoreColumn, ColumnRole Role, double Width, CellRule Rule, string? Period = null)
{
    /// <summary>Locked reference text.</summary>
    public static WorkbookColumn Reference(string header, double width) => new(header, null, ColumnRole.Reference, width, CellRule.Text);

    /// <summary>A key column filling <paramref name="storeColumn"/>.</summary>
    public static WorkbookColumn Key(string header, string storeColumn, double width, CellRule? rule = null) =>
        new(header, storeColumn, ColumnRole.Key, width, rule ?? CellRule.Text);

    /// <summary>An input column filling <paramref name="storeColumn"/>.</summary>
    public static WorkbookColumn Input(string header, string storeColumn, double width, CellRule? rule = null) =>
        new(header, storeColumn, ColumnRole.Input, width, rule ?? CellRule.Text);

    /// <summary>True when the organisation may type in it on a pre-filled row.</summary>
    public bool IsInput => Role is ColumnRole.Input or ColumnRole.Period;

    /// <summary>True when the import reads it.</summary>
    public bool IsRead => Role != ColumnRole.Reference;
}
