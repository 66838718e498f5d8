namespace PlanReports.Reports.Lookups;

/// <summary>A planned value for one period ('YYYY-MM', 'YYYY-Qn' or 'YYYY/YY').</summary>
internal sealed record PlannedValue(string Period, double Value);
