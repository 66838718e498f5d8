namespace PlanReports.Batch;

/// <summary>
/// The documents a run will make, the reports that failed before any document, whether the data is illustrative,
/// and the names of every report and organisation the report definitions list (for the index, which also shows
/// documents this run did not cover).
/// </summary>
internal sealed record BatchPlan(
    IReadOnlyList<DocumentJob> Jobs,
    IReadOnlyList<DocumentFailure> Failures,
    bool Illustrative,
    IReadOnlyDictionary<string, string> ReportTitles,
    IReadOnlyDictionary<string, string> OrganisationNames);
