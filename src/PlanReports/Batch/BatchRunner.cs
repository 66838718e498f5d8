using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using PlanReports.Concurrency;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Rendering;
using PlanReports.Reports;

namespace PlanReports.Batch;

/// <summary>
/// Renders every report × organisation in parallel into <c>output/&lt;report&gt;/&lt;stem&gt;.&lt;ext&gt;</c> with
/// <c>manifest.json</c>. Files are written atomically; one failing document never stops the others; documents
/// whose inputs are unchanged since the last run are skipped (unless forced). The manifest is consistent at every
/// moment: before any file is replaced, entries for this run's documents are dropped from it, and the full
/// manifest is written last.
/// </summary>
public sealed class BatchRunner
{
    private readonly IReadOnlyList<IReportModelSource> sources;
    private readonly IReadOnlyList<IComponent> components;
    private readonly Func<IReadOnlyList<IDocumentRenderer>> createRenderers;
    private readonly string engineVersion;

    /// <summary>Creates a runner.</summary>
    /// <param name="sources">The view-model sources reports may name.</param>
    /// <param name="components">The components templates may place.</param>
    /// <param name="createRenderers">Makes one set of renderers; called once per worker thread.</param>
    /// <param name="engineVersion">Identifies the engine in input hashes (see <see cref="EngineVersion"/>).</param>
    public BatchRunner(
        IReadOnlyList<IReportModelSource> sources,
        IReadOnlyList<IComponent> components,
        Func<IReadOnlyList<IDocumentRenderer>> createRenderers,
        string engineVersion)
    {
        this.sources = sources;
        this.components = components;
        this.createRenderers = createRenderers;
        this.engineVersion = engineVersion;
    }

    /// <summary>Locks the output folder (see <see cref="OutputFolderLock"/>), then renders and writes; see the class summary.</summary>
    /// <exception cref="BatchUsageException">The folder is in use by another run or cannot be written, or the options name nothing that exists.</exception>
    /// <exception cref="InvalidDataException">The manifest in the folder is not one, or lists a path outside the folder.</exception>
    public BatchResult Render(BatchOptions options, IBatchProgress progress, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var held = OutputFolderLock.Acquire(options.OutputFolder);
        return Render(options, held, progress, cancellation);
    }

    /// <summary>Renders and writes into the folder <paramref name="held"/> locks (for a caller that locked it earlier, as build does before replacing the store).</summary>
    public BatchResult Render(BatchOptions options, OutputFolderLock held, IBatchProgress progress, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(progress);
        if (held.Folder != Path.GetFullPath(options.OutputFolder))
        {
            throw new ArgumentException($"The lock is on {held.Folder}, not on the output folder {options.OutputFolder}.", nameof(held));
        }

        var clock = Stopwatch.StartNew();
        var validation = options.Validate is { } validate ? BesideThread<Validation.ValidationReport>.Start(validate, "Validation") : null;
        var previous = Manifest.Read(options.OutputFolder);
        var (plan, engine) = MakePlan(options);
        AtomicFile.RemoveLeftovers(options.OutputFolder);

        // Entries this run is responsible for leave the manifest before any file is replaced, so the manifest on
        // disk only ever lists files that match it; they come back as their documents finish.
        var kept = previous.Documents.Where(d => !Covers(options, d)).ToList();
        Manifest.Create(engineVersion, kept).Write(options.OutputFolder);

        var oldEntries = previous.Documents.ToLookup(d => (d.Report, d.Organisation));
        progress.Started(plan.Jobs.Count);
        var outcomes = new ConcurrentBag<DocumentOutcome>();
        RunParallel(options, engine, plan, cancellation, (worker, job) =>
        {
            var outcome = Isolated(job, () =>
            {
                var (model, inputs) = worker.Prepare(job);
                var old = oldEntries[(job.Report.Definition.Id, job.Target.OrganisationCode)].ToList();
                if (!options.Force && Unchanged(options.OutputFolder, job, old, inputs))
                {
                    return new DocumentOutcome(job.Report.Definition.Id, job.Target.OrganisationCode, old, true, null);
                }

                var files = worker.Render(job, model, inputs);
                foreach (var file in files)
                {
                    AtomicFile.Write(Path.Combine(options.OutputFolder, file.Entry.Path), file.Content.Span);
                }

                return new DocumentOutcome(job.Report.Definition.Id, job.Target.OrganisationCode, files.Select(f => f.Entry).ToList(), false, null);
            });
            outcomes.Add(outcome);
            progress.Finished(outcome);
        });

        var done = outcomes.ToList();
        var current = kept.Concat(done.SelectMany(o => o.Files)).ToList();
        RemoveStale(options.OutputFolder, previous.Documents.Where(d => Covers(options, d)), current);
        var manifest = Manifest.Create(engineVersion, current);
        manifest.Write(options.OutputFolder);
        var written = done.Where(o => o is { Unchanged: false, Failure: null }).SelectMany(o => o.Files).ToList();
        var failures = plan.Failures.Concat(done.Select(o => o.Failure).OfType<DocumentFailure>())
            .OrderBy(f => f.Report, StringComparer.Ordinal).ThenBy(f => f.Organisation, StringComparer.Ordinal)
            .ToList();
        var report = validation?.Join();
        AtomicFile.Write(Path.Combine(options.OutputFolder, IndexPage.FileName),
            IndexPage.Build(manifest, failures, report, plan.ReportTitles, plan.OrganisationNames, plan.Illustrative));
        return new BatchResult(
            done.Count(o => o is { Unchanged: false, Failure: null }),
            done.Count(o => o.Unchanged),
            written.Count,
            written.Sum(f => (long)(f.Pages ?? 0)),
            written.Sum(f => f.Bytes),
            clock.Elapsed,
            failures,
            done) { Validation = report };
    }

    /// <summary>
    /// Re-renders in memory and checks every file against the manifest in the output folder: the re-rendered bytes
    /// and the file on disk must both have the recorded SHA-256, and every file in the folder must be listed (the
    /// program's own files and the store aside). Nothing is written but the lock, and not even that in a read-only folder.
    /// </summary>
    public VerifyResult Verify(BatchOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.OutputFolder))
        {
            throw new BatchUsageException($"{Path.GetFullPath(options.OutputFolder)}: there is no output folder to verify.");
        }

        using var held = OutputFolderLock.AcquireUnlessReadOnly(options.OutputFolder);
        var manifest = Manifest.Read(options.OutputFolder);
        if (manifest.Documents.Count == 0)
        {
            throw new BatchUsageException($"There is no manifest with documents in '{options.OutputFolder}' to verify against.");
        }

        var (plan, engine) = MakePlan(options);
        var recorded = manifest.Documents.ToDictionary(d => d.Path, StringComparer.Ordinal);
        var differences = new ConcurrentBag<VerifyDifference>();
        var failures = new ConcurrentBag<DocumentFailure>();
        var produced = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        RunParallel(options, engine, plan, cancellation, (worker, job) =>
        {
            var outcome = Isolated(job, () =>
            {
                var (model, inputs) = worker.Prepare(job);
                foreach (var file in worker.Render(job, model, inputs))
                {
                    produced[file.Entry.Path] = true;
                    foreach (var difference in Compare(options.OutputFolder, file.Entry, recorded.GetValueOrDefault(file.Entry.Path)))
                    {
                        differences.Add(difference);
                    }
                }

                return new DocumentOutcome(job.Report.Definition.Id, job.Target.OrganisationCode, [], false, null);
            });
            if (outcome.Failure is { } failure)
            {
                failures.Add(failure);
            }
        });

        var scope = plan.Jobs.Select(j => (j.Report.Definition.Id, j.Target.OrganisationCode)).ToHashSet();
        foreach (var entry in manifest.Documents.Where(d => scope.Contains((d.Report, d.Organisation)) && !produced.ContainsKey(d.Path)))
        {
            differences.Add(new VerifyDifference(entry.Path, "listed in the manifest but no longer produced from the store"));
        }

        foreach (var unlisted in Unlisted(options, manifest))
        {
            differences.Add(unlisted);
        }

        return new VerifyResult(
            produced.Count,
            differences.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Problem, StringComparer.Ordinal).ToList(),
            plan.Failures.Concat(failures).OrderBy(f => f.Report, StringComparer.Ordinal).ThenBy(f => f.Organisation, StringComparer.Ordinal).ToList());
    }

    // Files in the folder the manifest does not list (a renamed organisation's old documents, a file copied in).
    // The manifest, the index, the lock and the store (when it lives in the folder) are the program's own; with
    // --org nothing can be said of a file no entry names, and with --report only that report's folder is looked at.
    private static IEnumerable<VerifyDifference> Unlisted(BatchOptions options, Manifest manifest)
    {
        if (options.Organisation is not null)
        {
            yield break;
        }

        var root = Path.GetFullPath(options.OutputFolder);
        var store = Path.GetFullPath(options.StorePath);
        var own = new HashSet<string>(StringComparer.Ordinal)
        {
            Manifest.FileName, IndexPage.FileName, OutputFolderLock.LockFileName, OutputFolderLock.OwnerFileName,
        };
        foreach (var suffix in new[] { string.Empty, "-journal", "-wal", "-shm" })
        {
            own.Add(Path.GetRelativePath(root, store + suffix).Replace('\\', '/'));
        }

        var listed = manifest.Documents.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var scope = options.Report is null ? root : Path.Combine(root, options.Report);
        if (!Directory.Exists(scope))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(scope, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (own.Contains(relative) || listed.Contains(relative))
            {
                continue;
            }

            yield return new VerifyDifference(relative, AtomicFile.Owner(file) is not null && Path.GetFileName(file).StartsWith('.')
                ? "not in the manifest: a temporary file left by a run that was stopped (the next render removes it)"
                : "not in the manifest (left from an earlier run, or put there by hand)");
        }
    }

    private static IEnumerable<VerifyDifference> Compare(string outputFolder, ManifestEntry rendered, ManifestEntry? recorded)
    {
        if (recorded is null)
        {
            yield return new VerifyDifference(rendered.Path, "rendered from the store but not in the manifest");
            yield break;
        }

        if (rendered.Sha256 != recorded.Sha256)
        {
            yield return new VerifyDifference(rendered.Path,
                $"re-rendered SHA-256 {rendered.Sha256} differs from the manifest's {recorded.Sha256} (the store, templates or engine changed)");
        }

        var onDisk = OutputPath.Full(outputFolder, recorded.Path);
        if (!File.Exists(onDisk))
        {
            yield return new VerifyDifference(recorded.Path, "the file is missing");
        }
        else
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(onDisk)));
            if (sha != recorded.Sha256)
            {
                yield return new VerifyDifference(recorded.Path, $"the file's SHA-256 {sha} differs from the manifest's {recorded.Sha256} (the file was changed after rendering)");
            }
        }
    }

    /// <summary>
    /// Starts loading and compiling every report under <paramref name="reportdefsRoot"/> on a thread of its own, for a
    /// run given them as <see cref="BatchOptions.Prepared"/>. Nothing of it reads the store, so it can go on while the
    /// store is filled; what it finds wrong is reported by the run, as the run's own loading would.
    /// </summary>
    public PreparedReports Prepare(string reportdefsRoot)
    {
        ArgumentNullException.ThrowIfNull(reportdefsRoot);
        var componentNames = ComponentNames();
        return new PreparedReports(
            reportdefsRoot,
            BesideThread<ReportCatalogue>.Start(() => ReportCatalogue.Load(reportdefsRoot, sources, componentNames, _ => true), "Report preparation"));
    }

    private (BatchPlan Plan, TemplateEngine Engine) MakePlan(BatchOptions options)
    {
        var formats = createRenderers().Select(r => r.Format).ToList();
        var planner = new BatchPlanner(sources, formats);
        using var store = StoreConnection.OpenReadOnly(options.StorePath);
        planner.CheckOptions(options);
        var catalogue = options.Prepared is { } prepared && prepared.ReportdefsRoot == options.ReportdefsRoot
            ? prepared.Join()
            : ReportCatalogue.Load(options.ReportdefsRoot, sources, ComponentNames(), id => options.Report is null || options.Report == id);
        return (planner.Plan(options, store, catalogue), catalogue.Engine);
    }

    private List<string> ComponentNames() => components.Select(c => c.Name).ToList();

    private void RunParallel(BatchOptions options, TemplateEngine engine, BatchPlan plan, CancellationToken cancellation, Action<DocumentWorker, DocumentJob> body)
    {
        var builder = new DocumentBuilder(engine, new MarkdownConverter(components));

        // Documents differ a thousandfold in size (a 3,000-page bundle against a 2-page letter), so they are handed
        // out one at a time rather than in fixed ranges, the reports with the fewest (and so the largest) documents
        // first, leaving no core to finish a long document alone at the end; documents gathering many organisations
        // go one at a time (see JobQueue). Output order does not depend on this: the manifest is sorted.
        var queue = new JobQueue<DocumentJob>(plan.Jobs
            .GroupBy(job => job.Report.Definition.Id, StringComparer.Ordinal)
            .OrderBy(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .SelectMany(group => group),
            job => job.Target.OrganisationsCovered);
        Parallel.For(
            0,
            options.EffectiveJobs,
            new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveJobs, CancellationToken = cancellation },
            _ =>
            {
                using var worker = new DocumentWorker(StoreConnection.OpenReadOnly(options.StorePath), createRenderers(), builder, engineVersion, plan.Illustrative);
                while (queue.TryTake(cancellation, out var job))
                {
                    try
                    {
                        body(worker, job);
                    }
                    finally
                    {
                        queue.Finished(job);
                    }
                }
            });
    }

    // Failure isolation: whatever one document throws is recorded against it, and the run goes on.
    private static DocumentOutcome Isolated(DocumentJob job, Func<DocumentOutcome> run)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return run() with { Duration = clock.Elapsed };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new DocumentOutcome(job.Report.Definition.Id, job.Target.OrganisationCode, [], false,
                new DocumentFailure(job.Report.Definition.Id, job.Target.OrganisationCode, job.Target.OrganisationName, e.Message))
            {
                Duration = clock.Elapsed,
            };
        }
    }

    // Whether this run's --report, --org and --format cover a manifest entry (a run without them covers all).
    private static bool Covers(BatchOptions options, ManifestEntry entry) =>
        (options.Report is null || options.Report == entry.Report)
        && (options.Organisation is null || string.Equals(options.Organisation, entry.Organisation, StringComparison.OrdinalIgnoreCase))
        && (options.Format is null || options.Format == entry.Format)
        && (options.Only is null || options.Only.Contains((entry.Report, entry.Organisation)));

    // A covered document that this run did not produce (its organisation is gone, or it failed now) must not stay
    // in the output looking current: its old file is removed, as its entry was. Only the bytes this program wrote
    // go: the path was checked to lie inside the folder when the manifest was read, and a file whose content is
    // not the one the manifest records (someone put their own file there) is left alone.
    private static void RemoveStale(string outputFolder, IEnumerable<ManifestEntry> covered, List<ManifestEntry> current)
    {
        var live = current.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in covered.Where(d => !live.Contains(d.Path)))
        {
            var path = OutputPath.Full(outputFolder, stale.Path);
            if (new FileInfo(path) is { Exists: true } file && file.Length == stale.Bytes
                && Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) == stale.Sha256)
            {
                File.Delete(path);
            }
        }
    }

    private static bool Unchanged(string outputFolder, DocumentJob job, List<ManifestEntry> old, string inputs) =>
        job.Formats.All(format => old.Any(e =>
            e.Format == format && e.Inputs == inputs && e.Path == $"{job.RelativeStem}.{Extension(e.Path)}"
            && new FileInfo(OutputPath.Full(outputFolder, e.Path)) is { Exists: true } file && file.Length == e.Bytes));

    private static string Extension(string path) => Path.GetExtension(path).TrimStart('.');
}
