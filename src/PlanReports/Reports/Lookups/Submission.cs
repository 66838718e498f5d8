namespace PlanReports.Reports.Lookups;

/// <summary>A submission of a planning round, e.g. the final (April) submission of 2012/13.</summary>
/// <param name="Code">e.g. '2012-13-apr'.</param>
/// <param name="RoundCode">e.g. '2012-13'.</param>
/// <param name="Name">e.g. 'Final submission'.</param>
/// <param name="Stage">'initial' or 'final'.</param>
/// <param name="DueOn">The date the seeds set for it.</param>
internal sealed record Submission(string Code, string RoundCode, string Name, string Stage, DateOnly DueOn)
{
    /// <summary>Key risks and mitigating action are required only in the final (April) submission (seed 000 section 5).</summary>
    public bool RequiresKeyRisks => Stage == "final";

    /// <summary>"January 2012" or "April 2012": how the seed and readers name a submission.</summary>
    public string MonthName => DisplayFormat.MonthYear(DueOn);

    /// <summary>"Thursday 5 April 2012": a letter names the date of a submission with its day.</summary>
    public string DueDateText => UkFormat.DateWithWeekday(DueOn);
}
