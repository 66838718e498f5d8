namespace PlanReports.Reports;

/// <summary>A report whose templates have been parsed and checked, ready to render any number of documents.</summary>
/// <param name="Definition">Its report.yaml.</param>
/// <param name="Source">The view-model source it names.</param>
/// <param name="Body">template.md.</param>
/// <param name="Letterhead">_shared/letterhead.md when the report has a letterhead, else null.</param>
/// <param name="Footer">_shared/footer.md: the running footer, one output line per footer line.</param>
/// <param name="Notice">_shared/illustrative-notice.md: the words printed on every page of illustrative documents.</param>
/// <param name="TemplateHash">A hash of every template file the report reads, for incremental builds.</param>
internal sealed record CompiledReport(
    ReportDefinition Definition,
    IReportModelSource Source,
    ParsedTemplate Body,
    ParsedTemplate? Letterhead,
    ParsedTemplate Footer,
    ParsedTemplate Notice,
    string TemplateHash);
