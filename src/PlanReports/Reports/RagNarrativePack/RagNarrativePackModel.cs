using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RagNarrativePack;

/// <summary>
/// The SHA cluster's narrative assurance of one PCT cluster's plan, following the template of seed 000 section 5,
/// with annexes of trajectories against national standards, QIPP programmes and reform milestones.
/// </summary>
/// <param name="RatingHistory">The domain ratings of each submission of the round up to this one, earliest first.</param>
internal sealed record RagNarrativePackModel(
    Organisation Cluster,
    Organisation ShaCluster,
    IReadOnlyList<Organisation> Pcts,
    Submission Submission,
    IReadOnlyList<DomainNarrative> Domains,
    IReadOnlyList<PctTrajectories> Trajectories,
    IReadOnlyList<QippProgramme> QippProgrammes,
    IReadOnlyList<QippYear> QippYears,
    IReadOnlyList<MilestoneStatus> ReformMilestones,
    IReadOnlyList<SubmissionRatings> RatingHistory)
{
    /// <summary>The summary table's groups: the main domains, then the Transition and reform sub-domains under one heading.</summary>
    public IReadOnlyList<DomainGroup> SummaryGroups =>
        Domains.Aggregate(new List<DomainGroup>(), (groups, d) =>
        {
            if (groups.Count == 0 || groups[^1].Name != d.Domain.GroupName)
            {
                groups.Add(new DomainGroup(d.Domain.GroupName, [d]));
            }
            else
            {
                groups[^1] = groups[^1] with { Domains = [.. groups[^1].Domains, d] };
            }

            return groups;
        });

    /// <summary>The key programmes' savings over three years, as printed.</summary>
    public string QippTotalText => DisplayFormat.ThousandPounds(QippProgrammes.Sum(p => p.TotalK));

    /// <summary>
    /// The indicators with a monthly standard that some PCT of the cluster plans, in the order the PCTs list them:
    /// one grid of small multiples each, whose cells the trajectory-chart component picks by this key.
    /// </summary>
    public IReadOnlyList<string> MonthlyIndicators =>
        Trajectories.SelectMany(t => t.Monthly).Select(Components.TrajectoryChartComponent.GridKey).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Milestones of all QIPP programmes, for the milestone annex.</summary>
    public IReadOnlyList<MilestoneStatus> QippMilestones => QippProgrammes.SelectMany(p => p.Milestones).ToList();
}
