namespace PlanReports.Reports.RegionalSummary;

/// <summary>
/// One national standard of an indicator, rolled up across the region's PCTs; an indicator with several standards
/// (Category A, referral to treatment) has a row for each, and <paramref name="Untested"/> says why the plans are not
/// tested against a standard that states no figure or that no PCT planned against.
/// </summary>
internal sealed record IndicatorRollup(
    string IndicatorCode,
    string Name,
    string StandardText,
    int PctsPlanned,
    IReadOnlyList<PlannedMiss> Misses,
    string? Untested = null,
    string? Threshold = null)
{
    /// <summary>
    /// "3 of 12 PCTs plan to miss the standard (at least 90%) in at least one period" or "All 12 PCTs plan to meet it",
    /// naming the standard's own figure, since two standards may share one sentence of seed 001.
    /// </summary>
    public string Verdict => Untested ?? (Misses.Count == 0
        ? $"All {PctsPlanned} PCTs with a trajectory plan to meet the standard{Figure} in every period."
        : $"{Misses.Count} of {PctsPlanned} PCTs with a trajectory plan to miss the standard{Figure} in at least one period.");

    private string Figure => Threshold is null ? string.Empty : $" ({Threshold})";
}
