namespace PlanReports.Reports;

/// <summary>What every template can read besides its view model: <c>report.id</c>, <c>report.title</c>, <c>report.document_title</c>, <c>report.reference</c>, <c>report.reference_label</c>, <c>illustrative</c> (true for sample data) and <c>illustrative_notice</c> (the words of _shared/illustrative-notice.md).</summary>
/// <param name="Id">The report id.</param>
/// <param name="Title">The report title from report.yaml.</param>
/// <param name="DocumentTitle">The title of this document (report title and organisation).</param>
/// <param name="Reference">The document's formal reference, or empty.</param>
/// <param name="ReferenceLabel">What the reference is called ("Gateway reference", "Reference").</param>
internal sealed record ReportGlobals(string Id, string Title, string DocumentTitle, string Reference, string ReferenceLabel);
