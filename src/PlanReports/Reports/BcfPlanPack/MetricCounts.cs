namespace PlanReports.Reports.BcfPlanPack;

/// <summary>A metric's count and denominator for one period, so significance is computed, not asserted.</summary>
internal sealed record MetricCounts(string Period, double Numerator, double Denominator);
