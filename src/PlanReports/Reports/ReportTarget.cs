namespace PlanReports.Reports;

/// <summary>The organisation one document is for.</summary>
/// <param name="OrganisationCode">Its store code, e.g. "Q30".</param>
/// <param name="OrganisationName">Its name, used in the title and the file name.</param>
public sealed record ReportTarget(string OrganisationCode, string OrganisationName);
