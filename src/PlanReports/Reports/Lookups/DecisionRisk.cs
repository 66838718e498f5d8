namespace PlanReports.Reports.Lookups;

/// <summary>A key risk recorded with a decision and its mitigation.</summary>
internal sealed record DecisionRisk(int Position, string Risk, string Mitigation);
