using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>
/// What changed between the January and April submissions, since seed 000 asks SHA clusters to sign off material
/// changes: ratings, total planned savings and trajectories.
/// </summary>
internal sealed record SubmissionChanges(
    Submission From,
    Submission To,
    IReadOnlyList<RatingChange> Ratings,
    IReadOnlyList<SavingsChange> Savings,
    IReadOnlyList<TrajectoryChange> Trajectories)
{
    /// <summary>
    /// The trajectory changes per indicator: a region's PCTs revise hundreds of values between submissions, so the
    /// summary counts them and names only the PCTs whose plan crossed the national standard.
    /// </summary>
    public IReadOnlyList<IndicatorChange> ByIndicator =>
        Trajectories.GroupBy(t => t.IndicatorName)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndicatorChange(
                g.Key,
                g.Count(),
                g.Where(t => t.MissedBefore == false && t.MissesNow == true).Select(t => t.Pct.Name).ToList(),
                g.Where(t => t.MissedBefore == true && t.MissesNow == false).Select(t => t.Pct.Name).ToList()))
            .ToList();
}
