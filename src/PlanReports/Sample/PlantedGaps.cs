namespace PlanReports.Sample;

/// <summary>
/// The few deliberate gaps and inconsistencies validation must find (listed in data/sample/README.md). They are
/// planted in the first copy of England only, so every scale holds exactly these, and everything else is clean.
/// All of them are in the final (April) submissions, where the rules apply.
/// </summary>
internal sealed class PlantedGaps
{
    public PlantedGaps(SampleEngland england, SampleReference reference)
    {
        MissingRatingCluster = Cluster(england, "Tees PCT Cluster");
        MissingRatingDomain = Domain(reference, "informatics");
        NoKeyRisksCluster = Cluster(england, "Cumbria PCT Cluster");
        NoKeyRisksDomain = Domain(reference, "workforce");
        MissingTrajectoryPct = england.PctClusters.Where(c => c.Copy == 1).SelectMany(c => c.Pcts).Single(p => p.Name == "NHS Luton");
        MissingTrajectoryIndicator = reference.Indicators.Where(i => i.PlannedPerPct)
            .First(i => i.Name.Contains("difficile", StringComparison.OrdinalIgnoreCase));
        FourProgrammesCluster = Cluster(england, "Somerset PCT Cluster");
        LowKeyShareCluster = Cluster(england, "Lincolnshire PCT Cluster");
        EverydayMilestoneCluster = Cluster(england, "North West London PCT Cluster");
        MissingExpectationCluster = Cluster(england, "Black Country PCT Cluster");
        MissingExpectation = reference.MilestoneExpectations.First(e => e.Audience == "pct-clusters" && e.Category == "public-health");
        MissingConditionBoard = Board(england, "Bolton");
        MissingCondition = reference.BcfConditionCodes[2];
        UnjustifiedLocalMetricBoard = Board(england, "Slough");
        MissingAmbitionBoard = Board(england, "Isle of Wight");
        MissingAmbitionMetric = reference.BcfNationalMetrics[1];
        UnderMinimumBoard = Board(england, "Thurrock");
    }

    public SampleOrganisation MissingRatingCluster { get; }
    public string MissingRatingDomain { get; }
    public SampleOrganisation NoKeyRisksCluster { get; }
    public string NoKeyRisksDomain { get; }
    public SampleOrganisation MissingTrajectoryPct { get; }
    public SampleIndicator MissingTrajectoryIndicator { get; }
    public SampleOrganisation FourProgrammesCluster { get; }
    public SampleOrganisation LowKeyShareCluster { get; }
    public SampleOrganisation EverydayMilestoneCluster { get; }
    public SampleOrganisation MissingExpectationCluster { get; }
    public SampleExpectation MissingExpectation { get; }
    public SampleOrganisation MissingConditionBoard { get; }
    public string MissingCondition { get; }
    public SampleOrganisation UnjustifiedLocalMetricBoard { get; }
    public SampleOrganisation MissingAmbitionBoard { get; }
    public SampleBcfMetric MissingAmbitionMetric { get; }
    public SampleOrganisation UnderMinimumBoard { get; }

    /// <summary>The everyday milestone seed 000 §4 gives as the example to avoid.</summary>
    public const string EverydayMilestoneTitle = "Quarterly review completed";

    public IReadOnlyList<SampleGap> All =>
    [
        new("every PCT cluster rated on all 13 domains", MissingRatingCluster.Code, MissingRatingCluster.Name,
            $"no rating for domain '{MissingRatingDomain}' in the April submission"),
        new("key risks present in the April submission", NoKeyRisksCluster.Code, NoKeyRisksCluster.Name,
            $"the April rating of domain '{NoKeyRisksDomain}' has no key risks and no mitigating action"),
        new("trajectories for every relevant indicator for every PCT", MissingTrajectoryPct.Code, MissingTrajectoryPct.Name,
            $"no April trajectory for indicator {MissingTrajectoryIndicator.Code} ({MissingTrajectoryIndicator.Name})"),
        new("5-7 key QIPP programmes per PCT cluster", FourProgrammesCluster.Code, FourProgrammesCluster.Name,
            "only 4 key QIPP programmes in the April submission"),
        new("key QIPP programmes exceed 50% of planned savings", LowKeyShareCluster.Code, LowKeyShareCluster.Name,
            "the key programmes' 2012/13 savings are about 40% of the planned 2012/13 savings in the April submission"),
        new("no everyday or repetitive milestones", EverydayMilestoneCluster.Code, EverydayMilestoneCluster.Name,
            $"April milestone titled '{EverydayMilestoneTitle}'"),
        new("Annex 2 minimum milestones reflected", MissingExpectationCluster.Code, MissingExpectationCluster.Name,
            $"no April milestone linked to Annex 2 expectation {MissingExpectation.Code}"),
        new("BCF: all six national conditions addressed", MissingConditionBoard.Code, MissingConditionBoard.Name,
            $"no status for national condition '{MissingCondition}'"),
        new("BCF: local metric from the menu or justified", UnjustifiedLocalMetricBoard.Code, UnjustifiedLocalMetricBoard.Name,
            "a local alternative metric whose justification addresses none of the seed 003 Annex I ¶43 criteria"),
        new("BCF: an ambition for every metric", MissingAmbitionBoard.Code, MissingAmbitionBoard.Name,
            $"no ambition for metric '{MissingAmbitionMetric.Code}'"),
        new("BCF: pooled fund at least the minimum", UnderMinimumBoard.Code, UnderMinimumBoard.Name,
            "the 2015/16 pooled fund is 3% below the minimum in the allocation letter"),
    ];

    private static SampleOrganisation Cluster(SampleEngland england, string name) =>
        england.PctClusters.Single(c => c.Copy == 1 && c.Organisation.Name == name).Organisation;

    private static SampleOrganisation Board(SampleEngland england, string place) =>
        england.Boards.Single(b => b.Organisation.Name == $"{place} Health and Wellbeing Board").Organisation;

    private static string Domain(SampleReference reference, string code) =>
        reference.Domains.Any(d => d.Code == code) ? code : throw new InvalidOperationException($"reference data has no domain '{code}'");
}
