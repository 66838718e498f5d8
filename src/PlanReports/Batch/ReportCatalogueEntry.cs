using PlanReports.Reports;

namespace PlanReports.Batch;

/// <summary>One report folder of a <see cref="ReportCatalogue"/>.</summary>
/// <param name="Id">The folder's name, which is the report's id.</param>
/// <param name="Definition">The loaded report.yaml, or null when <paramref name="DefinitionError"/> says why not.</param>
/// <param name="DefinitionError">Why report.yaml could not be loaded, or null.</param>
/// <param name="Compiled">The compiled report, or null when it was not asked for or <paramref name="CompileError"/> says why not.</param>
/// <param name="CompileError">Why the templates did not compile (a <see cref="ReportDefinitionException"/> or <see cref="ReportTemplateException"/>), or null.</param>
internal sealed record ReportCatalogueEntry(
    string Id,
    ReportDefinition? Definition,
    ReportDefinitionException? DefinitionError,
    CompiledReport? Compiled,
    Exception? CompileError);
