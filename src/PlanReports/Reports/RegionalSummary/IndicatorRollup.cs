namespace PlanReports.Reports.RegionalSummary;

/// <summary>
/// One national standard of an indicator, rolled up across the region's PCTs; an indicator with several standards
/// (Category A, referral to treatment) has a row for each, and <paramref name="Untested"/> says why the plans are not
/// tested against a standard that states no figure or is not the one the trajectory is planned against.
/// </summary>
internal sealed record IndicatorRollup(
    string IndicatorCode,
    string Name,
    string StandardText,
    int PctsPlanned,
    IReadOnlyList<PlannedMiss> Misses,
    string? Untested = null)
{
    /// <summary>"3 of 12 PCTs plan to miss the standard in at least one period" or "All 12 PCTs plan to meet it".</summary>
    public string Verdict => Untested ?? (Misses.Count == 0
        ? $"All {PctsPlanned} PCTs with a trajectory plan to meet the standard in every period."
        : $"{Misses.Count} of {PctsPlanned} PCTs with a trajectory plan to miss the standard in at least one period.");
}
