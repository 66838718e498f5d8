using System.Data;
using PlanReports.Reports;

namespace PlanReports.Batch;

/// <summary>
/// Works out what a run makes: loads every report.yaml, compiles its templates (a report whose templates are
/// broken fails for each of its organisations, and the other reports go on), lists each report's organisations
/// and applies the --report, --org and --format filters.
/// </summary>
internal sealed class BatchPlanner(
    TemplateEngine engine,
    IReadOnlyList<IReportModelSource> sources,
    IReadOnlyCollection<string> componentNames,
    IReadOnlyCollection<string> availableFormats)
{
    public BatchPlan Plan(BatchOptions options, IDbConnection store)
    {
        if (options.Format is { } f && !availableFormats.Contains(f))
        {
            throw new BatchUsageException($"Format '{f}' cannot be rendered; available: {string.Join(", ", availableFormats.Order(StringComparer.Ordinal))}.");
        }

        if (!Directory.Exists(options.ReportdefsRoot))
        {
            throw new BatchUsageException($"There are no report definitions at '{Path.GetFullPath(options.ReportdefsRoot)}' (set --reportdefs).");
        }

        var failures = new List<DocumentFailure>();
        var folders = Directory.GetDirectories(options.ReportdefsRoot)
            .Where(d => !Path.GetFileName(d).StartsWith('_') && File.Exists(Path.Combine(d, ReportDefinition.DefinitionFileName)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (options.Report is { } only)
        {
            folders = folders.Where(d => Path.GetFileName(d) == only).ToList();
            if (folders.Count == 0)
            {
                throw new BatchUsageException($"There is no report '{only}' in {options.ReportdefsRoot}.");
            }
        }

        var compiler = new ReportCompiler(engine, options.ReportdefsRoot, componentNames, sources);
        var jobs = new List<DocumentJob>();
        foreach (var folder in folders)
        {
            var id = Path.GetFileName(folder);
            CompiledReport compiled;
            try
            {
                compiled = compiler.Compile(ReportDefinitionLoader.Load(folder, sources.Select(s => s.Name).ToList()));
            }
            catch (Exception e) when (e is ReportDefinitionException or ReportTemplateException)
            {
                failures.AddRange(FailEveryTarget(id, folder, store, options, e.Message));
                continue;
            }

            var formats = compiled.Definition.Formats
                .Where(availableFormats.Contains)
                .Where(x => options.Format is null || x == options.Format)
                .ToList();
            if (formats.Count == 0)
            {
                continue;
            }

            foreach (var target in compiled.Source.ListTargets(store, compiled.Definition))
            {
                if ((options.Organisation is null || string.Equals(options.Organisation, target.OrganisationCode, StringComparison.OrdinalIgnoreCase))
                    && (options.Only is null || options.Only.Contains((id, target.OrganisationCode))))
                {
                    var stem = FileStem.Build(compiled.Definition.FileNamePattern, id, target.OrganisationCode, target.OrganisationName);
                    jobs.Add(new DocumentJob(compiled, target, formats, $"{id}/{stem}"));
                }
            }
        }

        // Two organisations whose names slug alike under a pattern without the code would overwrite each other.
        foreach (var clash in jobs.GroupBy(j => j.RelativeStem, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.AddRange(clash.Select(j => new DocumentFailure(j.Report.Definition.Id, j.Target.OrganisationCode, j.Target.OrganisationName,
                $"file name '{clash.Key}' is shared by {clash.Count()} organisations; put {{org_code}} in the report's file_name")));
            jobs.RemoveAll(j => j.RelativeStem == clash.Key);
        }

        return new BatchPlan(jobs, failures, StoreConnection.IsIllustrative(store));
    }

    // A report that cannot be compiled fails for each organisation it would have served, so the summary counts
    // the documents that are missing, not just the report.
    private List<DocumentFailure> FailEveryTarget(string id, string folder, IDbConnection store, BatchOptions options, string cause)
    {
        try
        {
            var definition = ReportDefinitionLoader.Load(folder, sources.Select(s => s.Name).ToList());
            var source = sources.First(s => s.Name == definition.Model);
            var targets = source.ListTargets(store, definition)
                .Where(t => options.Organisation is null || string.Equals(options.Organisation, t.OrganisationCode, StringComparison.OrdinalIgnoreCase))
                .Select(t => new DocumentFailure(id, t.OrganisationCode, t.OrganisationName, cause))
                .ToList();
            return targets.Count > 0 ? targets : [new DocumentFailure(id, "*", string.Empty, cause)];
        }
        catch (ReportDefinitionException)
        {
            return [new DocumentFailure(id, "*", string.Empty, cause)];
        }
    }
}
