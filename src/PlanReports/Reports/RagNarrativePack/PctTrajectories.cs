using PlanReports.Components;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RagNarrativePack;

/// <summary>
/// One PCT's trajectories in a pack's annex: those of indicators with a national standard (one per standard, so
/// both parts of Category A and each referral to treatment standard have a plan and a verdict of their own), those
/// without, and the monthly ones with a standard, with their actuals, for the charts.
/// </summary>
internal sealed record PctTrajectories(
    Organisation Pct,
    IReadOnlyList<IndicatorTrajectory> AgainstStandards,
    IReadOnlyList<StandardCheck> StandardChecks,
    IReadOnlyList<IndicatorTrajectory> WithoutStandard,
    IReadOnlyList<MonthlyTrajectory> Monthly)
{
    /// <summary>How many of the national standards the PCT plans to miss in some period.</summary>
    public int PlannedMisses => AgainstStandards.Count(t => t.Misses.Count > 0);
}
