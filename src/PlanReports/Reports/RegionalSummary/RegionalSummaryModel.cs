using PlanReports.Components;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>
/// The regional summary (seed 000 sections 1 and 4): for one SHA cluster, or for England, the RAG matrix of PCT
/// clusters by domain, counts per domain, trajectories rolled up against national standards, milestone status,
/// top risks, SHA transition milestones, the assurance narrative, and what changed between submissions.
/// </summary>
/// <param name="ScopeName">"Northern SHA Cluster" or "England".</param>
/// <param name="Issuer">The SHA cluster, or the Department of Health for England.</param>
/// <param name="Changes">Null when the region holds data for only one submission.</param>
internal sealed record RegionalSummaryModel(
    string ScopeName,
    Organisation Issuer,
    bool IsEngland,
    Submission Submission,
    IReadOnlyList<AssuranceDomain> Domains,
    IReadOnlyList<ClusterRatings> Matrix,
    IReadOnlyList<DomainRatingCount> Counts,
    IReadOnlyList<IndicatorRollup> Trajectories,
    IReadOnlyList<MilestoneStatusCount> MilestoneCounts,
    IReadOnlyList<RegionalMilestone> SlippedMilestones,
    IReadOnlyList<RegionalRisk> TopRisks,
    int RiskCount,
    IReadOnlyList<RegionalMilestone> ShaTransitionMilestones,
    IReadOnlyList<ShaNarrative> Narratives,
    SubmissionChanges? Changes) : IRagMatrixModel
{
    /// <summary>Whether there is an earlier submission to compare with (templates cannot test a null).</summary>
    public bool HasChanges => Changes is not null;

    /// <summary>How many risks the top-risks table shows at most.</summary>
    public const int TopRiskLimit = 10;

    /// <summary>"Showing the 10 highest of 23 risks recorded against red or amber domains." or all of them.</summary>
    public string TopRisksNote => RiskCount == 0
        ? $"No key risks were recorded against red or amber domains in the {Submission.MonthName} submission."
        : RiskCount > TopRisks.Count
            ? $"The {TopRisks.Count} highest of {RiskCount} key risks recorded against red or amber domains: red domains first."
            : $"All {RiskCount} key risks recorded against red or amber domains: red domains first.";
}
