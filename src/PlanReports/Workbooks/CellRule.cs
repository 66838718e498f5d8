namespace PlanReports.Workbooks;

/// <summary>
/// What an input cell accepts. The same rule is written into the workbook as data validation and applied again
/// when the workbook is read, so a value that got past Excel (pasted, or typed with validation switched off) is
/// still rejected with its cell.
/// </summary>
/// <param name="Kind">Text, number, whole number, date or list.</param>
/// <param name="Min">Lowest number allowed (numbers).</param>
/// <param name="Max">Highest number allowed (numbers).</param>
/// <param name="List">The list's name on the Lists sheet (lists).</param>
/// <param name="Thousands">Shown with thousands separators (amounts in pounds).</param>
internal sealed record CellRule(CellRuleKind Kind, double Min = 0, double Max = 0, string? List = null, bool Thousands = false)
{
    /// <summary>Any text.</summary>
    public static CellRule Text { get; } = new(CellRuleKind.Text);

    /// <summary>A date within the round.</summary>
    public static CellRule Date { get; } = new(CellRuleKind.Date);

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static CellRule Number(double min, double max) => new(CellRuleKind.Number, min, max);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static CellRule Whole(double min, double max) => new(CellRuleKind.WholeNumber, min, max);

    /// <summary>Whole pounds from 0 to <paramref name="max"/>, shown as 5,234,000.</summary>
    public static CellRule Pounds(double max) => new(CellRuleKind.WholeNumber, 0, max, Thousands: true);

    /// <summary>One value of the named list.</summary>
    public static CellRule OneOf(string list) => new(CellRuleKind.List, List: list);
}
