namespace PlanReports.Sample;

/// <summary>A PCT's planned trajectory that falls below the national standard in some periods of a submission.</summary>
internal sealed record TrajectoryShortfall(string Submission, SampleOrganisation Pct, SampleIndicator Indicator, int PeriodsBelow, int Periods);
