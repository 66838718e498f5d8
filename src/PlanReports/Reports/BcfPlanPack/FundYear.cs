using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>One year's pooled fund against the minimum the allocation letter sets (seed 003 Annex I paragraph 22).</summary>
internal sealed record FundYear(string Year, long Total, long? Minimum)
{
    /// <summary>The pool as printed.</summary>
    public string TotalText => DisplayFormat.Pounds(Total);

    /// <summary>The minimum as printed, or "Not recorded".</summary>
    public string MinimumText => Minimum is { } m ? DisplayFormat.Pounds(m) : "Not recorded";

    /// <summary>Whether the pool holds at least the minimum; null when no minimum is recorded.</summary>
    public bool? MeetsMinimum => Minimum is { } m ? Total >= m : null;

    /// <summary>One sentence a reader can check.</summary>
    public string Verdict => Minimum switch
    {
        null => $"No minimum for {Year} is recorded, so the pool cannot be checked against it.",
        var m when Total >= m => $"The pool of {DisplayFormat.Pounds(Total)} meets the minimum of {DisplayFormat.Pounds(m.Value)}.",
        var m => $"The pool of {DisplayFormat.Pounds(Total)} is {DisplayFormat.Pounds(m.Value - Total)} short of the minimum of {DisplayFormat.Pounds(m.Value)}.",
    };
}
