using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>A milestone with the name of the cluster whose plan holds it.</summary>
internal sealed record RegionalMilestone(string PlanHolder, MilestoneStatus Milestone);
