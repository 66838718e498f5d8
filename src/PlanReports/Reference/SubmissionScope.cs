namespace PlanReports.Reference;

/// <summary>Which submissions of the round a part of the template is required in.</summary>
public enum SubmissionScope
{
    /// <summary>Both the January (initial) and April (final) submissions.</summary>
    AllSubmissions,

    /// <summary>Only the final submission of 5 April 2012.</summary>
    AprilSubmissionOnly,
}
