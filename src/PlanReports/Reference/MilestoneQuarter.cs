namespace PlanReports.Reference;

/// <summary>When an Annex 2 expectation falls due, as the seed labels it ("Q4 11/12", or "In 12/13" for a date left to local determination).</summary>
/// <param name="Label">The seed's label, word for word.</param>
/// <param name="FinancialYearStart">The calendar year the financial year starts in (2011 for 11/12).</param>
/// <param name="Quarter">1 to 4 (April–June is 1), or null when the seed gives only the year.</param>
public sealed record MilestoneQuarter(string Label, int FinancialYearStart, int? Quarter)
{
    /// <summary>The last day of the quarter, or of the financial year when no quarter is given: the latest a milestone can fall.</summary>
    public DateOnly EndsOn =>
        Quarter is { } quarter
            ? new DateOnly(FinancialYearStart, 4, 1).AddMonths(3 * quarter).AddDays(-1)
            : new DateOnly(FinancialYearStart + 1, 3, 31);
}
