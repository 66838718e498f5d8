namespace PlanReports.Reports.RegionalSummary;

/// <summary>One indicator with a national standard, rolled up across the region's PCTs.</summary>
internal sealed record IndicatorRollup(
    string IndicatorCode,
    string Name,
    string StandardText,
    int PctsPlanned,
    IReadOnlyList<PlannedMiss> Misses)
{
    /// <summary>"3 of 12 PCTs plan to miss the standard in at least one period" or "All 12 PCTs plan to meet it".</summary>
    public string Verdict => Misses.Count == 0
        ? $"All {PctsPlanned} PCTs with a trajectory plan to meet the standard in every period."
        : $"{Misses.Count} of {PctsPlanned} PCTs with a trajectory plan to miss the standard in at least one period.";
}
