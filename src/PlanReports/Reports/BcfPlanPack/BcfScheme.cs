namespace PlanReports.Reports.BcfPlanPack;

/// <summary>A scheme funded from the pool, with its lead, spend and expected outcomes.</summary>
internal sealed record BcfScheme(int Position, string Name, string Description, string LeadName, long Spend201415, long Spend201516, string ExpectedOutcomes);
