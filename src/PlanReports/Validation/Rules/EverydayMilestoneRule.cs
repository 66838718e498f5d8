using System.Text.RegularExpressions;
using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>
/// Seed 000 §4: "milestones relating to everyday activities or repetitive events should be avoided (e.g.
/// Quarterly review completed)". A title is flagged when it names a recurring event (a recurrence such as
/// "quarterly" or "regular" followed by an event such as "review", "meeting" or "update") or is no more than a
/// routine event ("Board meeting held", "Report submitted"). A recurrence alone is not enough: Annex 2's own
/// expectations say "at least monthly" or "on a regular basis" about real end states.
/// </summary>
internal sealed partial class EverydayMilestoneRule : IValidationRule
{
    public string Id => "everyday-milestone";

    public string Description => "milestones are not everyday activities or repetitive events (seed 000 §4)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var milestones = context.Connection.Query<(string Code, string Submission, string Organisation, string Title)>(
            "SELECT code, submission_code, organisation_code, title FROM milestone ORDER BY organisation_code, code");
        foreach (var milestone in milestones.Where(m => IsEveryday(m.Title)))
        {
            yield return new Finding(Id, Severity.Warning, milestone.Organisation, milestone.Submission,
                $"milestone {milestone.Code} '{milestone.Title}' is an everyday or repetitive event; milestones should be SMART critical success factors");
        }
    }

    public static bool IsEveryday(string title) => Recurrence().IsMatch(title) || RoutineEvent().IsMatch(title.Trim());

    [GeneratedRegex(@"\b(daily|weekly|fortnightly|monthly|bi-?monthly|quarterly|half-yearly|annual|regular|routine)\s+(\w+\s+)?(review|meeting|report|update|return|board|catch-up|check|minutes|monitoring|audit)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recurrence();

    [GeneratedRegex(@"^(\w+\s){0,2}(meeting|review|report|update|return|minutes)s?\s+(held|completed|done|submitted|sent|received|produced|attended|circulated)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoutineEvent();
}
