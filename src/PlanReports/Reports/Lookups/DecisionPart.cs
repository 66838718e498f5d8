namespace PlanReports.Reports.Lookups;

/// <summary>One part of a submission and whether it was assured.</summary>
internal sealed record DecisionPart(int Position, string Part, bool Assured, string? Comment);
