namespace PlanReports.Reports.RegionalSummary;

/// <summary>How many of the region's QIPP and reform milestones stand at one status.</summary>
internal sealed record MilestoneStatusCount(string Status, int Qipp, int Reform)
{
    /// <summary>QIPP and reform together.</summary>
    public int Total => Qipp + Reform;
}
