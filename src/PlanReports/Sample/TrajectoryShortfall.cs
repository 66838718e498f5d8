namespace PlanReports.Sample;

/// <summary>A PCT's planned trajectory that falls short of a national standard in some periods of a submission.</summary>
/// <param name="Measure">The indicator, with the standard's measure where it has several ("… – Admitted completed waits within 18 weeks").</param>
internal sealed record TrajectoryShortfall(string Submission, SampleOrganisation Pct, string Measure, int PeriodsBelow, int Periods);
