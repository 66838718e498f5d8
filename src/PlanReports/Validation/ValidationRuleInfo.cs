namespace PlanReports.Validation;

/// <summary>A rule that ran, and how many findings it made.</summary>
public sealed record ValidationRuleInfo(string Id, string Description, int Findings);
