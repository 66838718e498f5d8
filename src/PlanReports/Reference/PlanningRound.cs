namespace PlanReports.Reference;

/// <summary>A planning round with its timetable and submission dates.</summary>
/// <param name="Code">A stable code assigned by PlanReports ("2012-13", "bcf-2014-15").</param>
/// <param name="Title">The title of the seed document that sets it.</param>
/// <param name="Seed">The seed file and section the round is taken from.</param>
/// <param name="Timetable">The timetable rows, in seed order.</param>
/// <param name="Submissions">The initial and final submissions.</param>
/// <param name="SignOff">The sign-off arrangement, where the seed states one.</param>
public sealed record PlanningRound(
    string Code,
    string Title,
    string Seed,
    IReadOnlyList<TimetableEntry> Timetable,
    IReadOnlyList<SubmissionDate> Submissions,
    SignOffArrangement? SignOff);
