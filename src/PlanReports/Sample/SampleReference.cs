namespace PlanReports.Sample;

/// <summary>
/// The reference codes the sample refers to, taken from data/reference (never invented here), in the shape the
/// generator needs: which indicators to plan, the 13 domains, the Annex 2 expectations to reflect, the workforce
/// KLOEs, the Annex 6 checklist items to answer, and the BCF conditions and metrics.
/// </summary>
internal sealed record SampleReference(
    IReadOnlyList<SampleIndicator> Indicators,
    IReadOnlyList<SampleDomain> Domains,
    IReadOnlyList<SampleExpectation> MilestoneExpectations,
    IReadOnlyList<string> WorkforceKloeCodes,
    IReadOnlyList<SampleChecklistItem> ChecklistItems,
    IReadOnlyList<string> BcfConditionCodes,
    IReadOnlyList<SampleBcfMetric> BcfNationalMetrics,
    IReadOnlyList<SampleBcfMetric> BcfLocalMetricMenu);
