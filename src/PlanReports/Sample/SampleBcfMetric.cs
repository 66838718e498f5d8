namespace PlanReports.Sample;

/// <summary>A BCF national metric or local-menu metric.</summary>
internal sealed record SampleBcfMetric(string Code, string Name, bool LowerIsBetter);
