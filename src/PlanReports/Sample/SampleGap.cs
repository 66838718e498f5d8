namespace PlanReports.Sample;

/// <summary>One deliberate gap or inconsistency planted in the sample for validation to find.</summary>
/// <param name="Rule">The validation rule (issue 2 item 6) that must report it.</param>
/// <param name="OrganisationCode">The organisation the finding is reported against.</param>
/// <param name="OrganisationName">Its name, for the README.</param>
/// <param name="What">What is wrong, in a sentence.</param>
internal sealed record SampleGap(string Rule, string OrganisationCode, string OrganisationName, string What);
