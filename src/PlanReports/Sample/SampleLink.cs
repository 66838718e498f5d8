namespace PlanReports.Sample;

/// <summary>An organisation_link row: a relation other than the parent (e.g. an HWB's constituent council).</summary>
internal sealed record SampleLink(string FromCode, string ToCode, string Relation);
