using PlanReports.Reports;

namespace PlanReports.Batch;

/// <summary>
/// Every report under reportdefs/ with its report.yaml loaded and its templates compiled, or the error that stopped
/// either, in folder-name order, with the template engine that compiled them (the one that renders them). None of it
/// reads the store, so <c>build</c> makes it while the store is being filled (<see cref="PreparedReports"/>).
/// </summary>
internal sealed class ReportCatalogue
{
    private ReportCatalogue(TemplateEngine engine, IReadOnlyList<ReportCatalogueEntry> entries)
    {
        Engine = engine;
        Entries = entries;
    }

    /// <summary>The engine the templates were parsed with.</summary>
    public TemplateEngine Engine { get; }

    /// <summary>One entry per report folder (a folder with a report.yaml whose name does not start with '_').</summary>
    public IReadOnlyList<ReportCatalogueEntry> Entries { get; }

    /// <summary>
    /// Loads every report folder under <paramref name="reportdefsRoot"/> and compiles the reports
    /// <paramref name="compile"/> asks for (by id): a run limited to one report compiles only that one.
    /// </summary>
    public static ReportCatalogue Load(
        string reportdefsRoot,
        IReadOnlyList<IReportModelSource> sources,
        IReadOnlyCollection<string> componentNames,
        Func<string, bool> compile)
    {
        var engine = new TemplateEngine(reportdefsRoot);
        var compiler = new ReportCompiler(engine, reportdefsRoot, componentNames, sources);
        var sourceNames = sources.Select(s => s.Name).ToList();
        var entries = new List<ReportCatalogueEntry>();
        foreach (var folder in ReportDefinitionLoader.Folders(reportdefsRoot))
        {
            var id = Path.GetFileName(folder);
            ReportDefinition definition;
            try
            {
                definition = ReportDefinitionLoader.Load(folder, sourceNames);
            }
            catch (ReportDefinitionException e)
            {
                entries.Add(new ReportCatalogueEntry(id, null, e, null, null));
                continue;
            }

            if (!compile(id))
            {
                entries.Add(new ReportCatalogueEntry(id, definition, null, null, null));
                continue;
            }

            try
            {
                entries.Add(new ReportCatalogueEntry(id, definition, null, compiler.Compile(definition), null));
            }
            catch (Exception e) when (e is ReportDefinitionException or ReportTemplateException)
            {
                entries.Add(new ReportCatalogueEntry(id, definition, null, null, e));
            }
        }

        return new ReportCatalogue(engine, entries);
    }
}
