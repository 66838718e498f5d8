using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RagNarrativePack;

/// <summary>One PCT's trajectories in a pack's annex: those with a national standard, and those without.</summary>
internal sealed record PctTrajectories(
    Organisation Pct,
    IReadOnlyList<IndicatorTrajectory> AgainstStandards,
    IReadOnlyList<IndicatorTrajectory> WithoutStandard)
{
    /// <summary>How many of the indicators with a standard the PCT plans to miss in some period.</summary>
    public int PlannedMisses => AgainstStandards.Count(t => t.Misses.Count > 0);
}
