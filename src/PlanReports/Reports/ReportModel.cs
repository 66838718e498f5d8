namespace PlanReports.Reports;

/// <summary>What a model source gives the runner for one document.</summary>
/// <param name="Target">The organisation the document is for.</param>
/// <param name="Facts">Metadata for the document.</param>
/// <param name="ViewModel">The root object of the template (a record); components read from it too.</param>
public sealed record ReportModel(ReportTarget Target, DocumentFacts Facts, object ViewModel);
