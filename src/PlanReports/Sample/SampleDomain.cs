namespace PlanReports.Sample;

/// <summary>An assurance domain of seed 000 §5: its code and the name the template gives it.</summary>
internal sealed record SampleDomain(string Code, string Name);
