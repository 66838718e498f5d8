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
    IReadOnlyList<TrajectoryChange> Trajectories);
