using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.PhChecklist;

/// <summary>
/// One public health expectation of seed 000 Annex 2 and the cluster's milestones that meet it, with their status.
/// </summary>
internal sealed record PublicHealthMilestone(string Code, string Text, string DueText, IReadOnlyList<MilestoneStatus> LocalMilestones)
{
    /// <summary>The status of the cluster's milestones, or a plain statement that the plan holds none.</summary>
    public string StatusText => LocalMilestones.Count == 0
        ? "No milestone in the cluster's plan meets this expectation."
        : string.Join("; ", LocalMilestones.Select(m => $"{m.Title}: {m.StatusWithMonth}"));
}
