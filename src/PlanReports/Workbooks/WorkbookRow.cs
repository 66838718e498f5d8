namespace PlanReports.Workbooks;

/// <summary>
/// One pre-filled row: a value per column (text, a number, a <see cref="DateOnly"/>, or null), and the columns that
/// do not apply to it (a quarterly indicator's months), which are locked and shaded.
/// </summary>
internal sealed record WorkbookRow(IReadOnlyList<object?> Values, IReadOnlySet<int> NotApplicable)
{
    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    /// <summary>A row where every column applies.</summary>
    public static WorkbookRow Of(params object?[] values) => new(values, None);
}
