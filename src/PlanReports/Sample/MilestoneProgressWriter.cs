using System.Globalization;

namespace PlanReports.Sample;

/// <summary>
/// Monthly progress on one milestone, April to September 2012, as SHA clusters reported it to DH on the 16th of
/// each month (seed 000 §4): complete once done, slipped when past due and not done, at risk near the due date.
/// </summary>
internal static class MilestoneProgressWriter
{
    private static readonly IReadOnlyList<string> SlipReasons =
    [
        "awaiting agreement of the local authority",
        "dependent on the national business review timetable",
        "recruitment to the lead post has taken longer than planned",
        "the CCG governing body deferred the decision to its next meeting",
        "contract negotiations with the provider are not concluded",
    ];

    public static void Write(SampleContext context, string milestone, string quarter)
    {
        var random = context.Random("progress", milestone);
        var due = QuarterEnd(quarter);
        var slips = random.Chance(0.12);
        var completedOn = slips ? due.AddMonths(random.Between(1, 3)) : due.AddMonths(-random.Between(0, 2));
        var reason = random.Pick(SlipReasons);
        var started = due.AddMonths(-random.Between(3, 9));

        for (var m = new DateOnly(2012, 4, 1); m <= new DateOnly(2012, 9, 1); m = m.AddMonths(1))
        {
            var monthEnd = m.AddMonths(1).AddDays(-1);
            string status;
            string? commentary;
            if (completedOn <= monthEnd)
            {
                status = "complete";
                commentary = $"Completed in {Names.MonthYear(new DateOnly(completedOn.Year, completedOn.Month, 1))}.";
            }
            else if (due < m)
            {
                status = "slipped";
                commentary = $"Slipped: {reason}. Revised completion {Names.MonthYear(new DateOnly(completedOn.Year, completedOn.Month, 1))}.";
            }
            else if (due <= monthEnd.AddMonths(2))
            {
                status = slips ? "at-risk" : "on-track";
                commentary = slips ? $"At risk: {reason}." : "On track for completion by the due date.";
            }
            else if (started <= monthEnd)
            {
                status = "on-track";
                commentary = "Work under way to plan.";
            }
            else
            {
                status = "not-started";
                commentary = null;
            }
            context.Tables.MilestoneProgress.Add(milestone, m.ToString("yyyy-MM", CultureInfo.InvariantCulture), status, commentary);
        }
    }

    /// <summary>Last day of a quarter written "2012/13 Q1" (Q1 = April to June).</summary>
    public static DateOnly QuarterEnd(string quarter)
    {
        var year = int.Parse(quarter[..4], CultureInfo.InvariantCulture);
        var q = quarter[^1] - '0';
        return new DateOnly(year, 4, 1).AddMonths(3 * q).AddDays(-1);
    }
}
