namespace PlanReports.Sample;

/// <summary>An Annex 2 national minimum expectation that local milestones must reflect.</summary>
/// <param name="Audience">sha-clusters, pct-clusters or ccgs.</param>
/// <param name="DueQuarter">The store's quarter form, e.g. "2012/13 Q1".</param>
internal sealed record SampleExpectation(
    string Code,
    string Audience,
    string Category,
    string? Theme,
    string Text,
    string DueQuarter,
    DateOnly LatestDate);
