namespace PlanReports.Reports.PhChecklist;

/// <summary>How many checklist prompts stand at one status.</summary>
internal sealed record StatusCount(string Status, int Count);
