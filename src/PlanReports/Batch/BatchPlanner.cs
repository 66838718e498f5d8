using System.Data;
using PlanReports.Reports;

namespace PlanReports.Batch;

/// <summary>
/// Works out what a run makes from the reports of a <see cref="ReportCatalogue"/> (a report whose report.yaml or
/// templates are broken fails for each of its organisations, and the other reports go on): lists each report's
/// organisations and applies the --report, --org and --format filters.
/// </summary>
internal sealed class BatchPlanner(
    IReadOnlyList<IReportModelSource> sources,
    IReadOnlyCollection<string> availableFormats)
{
    /// <summary>What can be refused before any report is read: a format no renderer writes, a reportdefs folder that is not there.</summary>
    public void CheckOptions(BatchOptions options)
    {
        if (options.Format is { } f && !availableFormats.Contains(f))
        {
            throw new BatchUsageException($"Format '{f}' cannot be rendered; available: {string.Join(", ", availableFormats.Order(StringComparer.Ordinal))}.");
        }

        if (!Directory.Exists(options.ReportdefsRoot))
        {
            throw new BatchUsageException($"There are no report definitions at '{Path.GetFullPath(options.ReportdefsRoot)}' (set --reportdefs).");
        }
    }

    /// <summary>The run's documents, from the reports of <paramref name="catalogue"/> (see <see cref="CheckOptions"/>, called first).</summary>
    public BatchPlan Plan(BatchOptions options, IDbConnection store, ReportCatalogue catalogue)
    {
        var failures = new List<DocumentFailure>();
        if (options.Report is { } only && !catalogue.Entries.Any(e => e.Id == only))
        {
            throw new BatchUsageException(
                $"There is no report '{only}' in {options.ReportdefsRoot}; {NearestNames.Describe(only, catalogue.Entries.Select(e => e.Id))}.");
        }

        var jobs = new List<DocumentJob>();
        var titles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var inScopeCodes = new List<string>();
        var listedAny = false;
        foreach (var entry in catalogue.Entries)
        {
            var id = entry.Id;
            var inScope = options.Report is null || options.Report == id;
            if (entry.Definition is not { } definition)
            {
                if (inScope)
                {
                    failures.Add(new DocumentFailure(id, "*", string.Empty, entry.DefinitionError!.Message));
                }

                continue;
            }

            IReadOnlyList<ReportTarget> targets;
            try
            {
                targets = sources.First(s => s.Name == definition.Model).ListTargets(store, definition).ToList();
            }
            catch (ReportDefinitionException e)
            {
                if (inScope)
                {
                    failures.Add(new DocumentFailure(id, "*", string.Empty, e.Message));
                }

                continue;
            }

            // Every report's organisations are listed, also outside --report, so the index can name them all.
            titles[id] = definition.Title;
            foreach (var target in targets)
            {
                names[target.OrganisationCode] = target.OrganisationName;
            }

            if (!inScope)
            {
                continue;
            }

            listedAny = true;
            inScopeCodes.AddRange(targets.Select(t => t.OrganisationCode));
            var wanted = targets
                .Where(t => options.Organisation is null || string.Equals(options.Organisation, t.OrganisationCode, StringComparison.OrdinalIgnoreCase))
                .Where(t => options.Only is null || options.Only.Contains((id, t.OrganisationCode)))
                .ToList();
            if (entry.Compiled is not { } compiled)
            {
                // A report that cannot be compiled fails for each organisation it would have served, so the summary
                // counts the documents that are missing, not just the report.
                var message = entry.CompileError!.Message;
                failures.AddRange(wanted.Count > 0
                    ? wanted.Select(t => new DocumentFailure(id, t.OrganisationCode, t.OrganisationName, message))
                    : [new DocumentFailure(id, "*", string.Empty, message)]);
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

            foreach (var target in wanted)
            {
                var stem = FileStem.Build(compiled.Definition.FileNamePattern, id, target.OrganisationCode, target.OrganisationName);
                jobs.Add(new DocumentJob(compiled, target, formats, $"{id}/{stem}"));
            }
        }

        // An --org that matches no document is a typing error, not an empty run.
        if (options.Organisation is { } org && listedAny
            && !inScopeCodes.Contains(org, StringComparer.OrdinalIgnoreCase))
        {
            var where = options.Report is null ? string.Empty : $" in report '{options.Report}'";
            throw new BatchUsageException($"There is no document for organisation '{org}'{where}; {NearestNames.Describe(org, inScopeCodes)}.");
        }

        // Two organisations whose names slug alike under a pattern without the code would overwrite each other.
        foreach (var clash in jobs.GroupBy(j => j.RelativeStem, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.AddRange(clash.Select(j => new DocumentFailure(j.Report.Definition.Id, j.Target.OrganisationCode, j.Target.OrganisationName,
                $"file name '{clash.Key}' is shared by {clash.Count()} organisations; put {{org_code}} in the report's file_name")));
            jobs.RemoveAll(j => j.RelativeStem == clash.Key);
        }

        return new BatchPlan(jobs, failures, StoreConnection.IsIllustrative(store), titles, names);
    }
}
