namespace PlanReports.Reports;

/// <summary>The organisation one document is for.</summary>
/// <param name="OrganisationCode">Its store code, e.g. "Q30".</param>
/// <param name="OrganisationName">Its name, used in the title and the file name.</param>
/// <param name="OrganisationsCovered">
/// How many organisations' plans the document sets out: 1 for a letter or a pack, every PCT cluster of an SHA cluster
/// for the bundle. The batch renders documents that gather many organisations one at a time, because their size
/// (and memory) grows with the country while everything else stays small.
/// </param>
public sealed record ReportTarget(string OrganisationCode, string OrganisationName, int OrganisationsCovered = 1);
