namespace PlanReports.Validation;

/// <summary>One validation finding about one organisation.</summary>
/// <param name="RuleId">The rule that found it, e.g. <c>domains-rated</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="OrganisationCode">The organisation the finding is about (the one that must act).</param>
/// <param name="SubmissionCode">The submission it concerns, or null when it is not about one.</param>
/// <param name="Message">What is wrong, naming the rows concerned.</param>
public sealed record Finding(string RuleId, Severity Severity, string OrganisationCode, string? SubmissionCode, string Message);
