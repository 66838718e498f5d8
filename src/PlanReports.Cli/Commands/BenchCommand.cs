using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PlanReports.Batch;
using PlanReports.Import;
using PlanReports.Reference;
using PlanReports.Sample;
using PlanReports.Store;

namespace PlanReports.Cli.Commands;

/// <summary>
/// <c>bench [--scales 1,10] [--jobs N] [--build-runs B] [--chromium-sample K] [--postgres URL]</c>: for each scale,
/// generates the sample country, times the whole <c>build</c> of it B times (each a process of its own, as a user runs
/// it), then imports it into a fresh store, renders every report in every format (forced, so nothing is skipped) and
/// reports rows/s imported, documents/s, pages/s and the peak memory of rendering; with <c>--postgres</c> it does the
/// same on that (throwaway) PostgreSQL database and prints both engines side by side; then takes K of those documents (every k-th, so the mix
/// is the run's), renders them again one at a time and prints their HTML through headless Chromium, one process per
/// document, and reports how many times faster PlanReports is on the same documents.
/// </summary>
internal static class BenchCommand
{
    private const string BenchMarker = ".planreports-bench";

    private static readonly Option<string> Scales = new("--scales") { Description = "Comma-separated sample scales", DefaultValueFactory = _ => "1,10" };
    private static readonly Option<int> ChromiumSample = new("--chromium-sample") { Description = "How many documents' HTML to print through Chromium per scale (0 to skip)", DefaultValueFactory = _ => 20 };
    private static readonly Option<int> BuildRuns = new("--build-runs")
    {
        Description = "How many times to time the whole build (fresh store, import, validation, render, manifest) of each scale's sample, each in a process of its own (0 to skip)",
        DefaultValueFactory = _ => 3,
    };

    private static readonly Option<string?> Work = new("--work") { Description = "Where stores and outputs go (default: a new temporary folder)" };
    private static readonly Option<string?> Postgres = new("--postgres")
    {
        Description = "Also import into and render from this PostgreSQL database (URL or connection string; its store tables are dropped and rebuilt)",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "Measure rendering speed and memory at several scales, and compare with headless Chromium")
        {
            Scales, BuildRuns, ChromiumSample, Work, Postgres,
        };
        var shared = context.Options;
        command.SetAction(parse => CommandGuard.Run(context, parse, () =>
        {
            var scales = parse.GetValue(Scales)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (scales.Length == 0 || scales.Any(s => !int.TryParse(s, CultureInfo.InvariantCulture, out var n) || n < 1))
            {
                context.Error.WriteLine("--scales must be whole numbers of at least 1, separated by commas, e.g. 1,10.");
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(BuildRuns) < 0)
            {
                context.Error.WriteLine("--build-runs must be 0 or more.");
                return ExitCodes.BadInput;
            }

            // The sample of every scale is generated from the reference data, so without it nothing can be measured.
            var data = parse.GetValue(shared.Data)!;
            var reference = Path.GetFullPath(Path.Combine(data, "reference"));
            if (!Directory.Exists(reference))
            {
                context.Error.WriteLine($"{reference}: no reference data folder; set --data to the folder that holds reference/.");
                return ExitCodes.BadInput;
            }

            var work = parse.GetValue(Work) ?? Directory.CreateTempSubdirectory("planreports-bench-").FullName;
            var postgres = parse.GetValue(Postgres) is { Length: > 0 } url ? new PlanStore(url) : null;
            if (postgres is not null && postgres.Engine != StoreEngine.PostgreSql)
            {
                context.Error.WriteLine("--postgres must be a PostgreSQL URL (postgres://user@host:5432/db) or connection string (Host=...;Database=...).");
                return ExitCodes.BadInput;
            }

            // Each scale's folder is emptied before it is used: only a folder an earlier bench made (it holds the
            // marker) is, so a --work that already holds someone's scale-1 folder is refused before anything changes.
            var runs = scales
                .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
                .Select(scale => (Scale: scale, Folder: Path.GetFullPath(Path.Combine(work, $"scale-{scale}"))))
                .ToList();
            if (runs.FirstOrDefault(r => Directory.Exists(r.Folder) && !File.Exists(Path.Combine(r.Folder, BenchMarker))).Folder is { } foreign)
            {
                context.Error.WriteLine($"{foreign}: already exists and was not made by bench; choose another --work.");
                return ExitCodes.BadInput;
            }

            var failed = false;
            foreach (var (scale, folder) in runs)
            {
                failed |= RunScale(context, scale, data, parse.GetValue(shared.Reportdefs)!, folder,
                    parse.GetValue(shared.Jobs), parse.GetValue(BuildRuns), parse.GetValue(ChromiumSample), postgres);
            }

            context.Out.WriteLine($"Stores and outputs are in {work}.");
            return failed ? ExitCodes.Findings : ExitCodes.Clean;
        }));
        return command;
    }

    private static bool RunScale(
        CliContext context, int scale, string data, string reportdefs, string folder, int jobs, int buildRuns, int chromiumSample, PlanStore? postgres)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, BenchMarker), "Made by planreports bench; the next bench with this --work empties this folder.\n");

        // The scale's data folder, as build reads one: the reference beside the generated sample.
        var scaleData = Path.Combine(folder, "data");
        var reference = Path.Combine(scaleData, "reference");
        CopyFolder(Path.Combine(data, "reference"), reference);
        var sample = Path.Combine(scaleData, "sample");
        var generate = Stopwatch.StartNew();
        SampleGenerator.Write(ReferenceDataLoader.Load(reference), scale, SampleGenerator.DefaultSeed, sample);
        context.Out.WriteLine($"Scale {scale}: sample generated in {generate.Elapsed.TotalSeconds:0.0} s.");

        // Before this process has imported or rendered anything, so the builds have the machine to themselves.
        var builds = WholeBuildTimer.Measure(buildRuns, scaleData, reportdefs, folder, jobs);
        if (builds.Times.Count > 0)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Scale {scale}: whole build (a process of its own: fresh store, import, validation, render, manifest and index), {builds.Times.Count} runs: " +
                $"median {builds.Median.TotalSeconds:0.00} s ({string.Join(", ", builds.Times.Select(t => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} s)."));
        }

        if (builds.Error is not null)
        {
            context.Error.WriteLine($"FAILED scale {scale}: {builds.Error}");
        }

        var store = new PlanStore(Path.Combine(folder, "planreports.db"));
        var imported = Import(store, [reference, sample]);

        var output = Path.Combine(folder, "output");

        // The peak is the rendering's own: what generating and importing the sample left behind is collected first.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var peakIsRenderOnly = PeakMemory.Reset();
        var result = RenderCommand.Runner().Render(
            new BatchOptions(store.Path, reportdefs, output, Jobs: jobs, Force: true), new SilentProgress());
        var peak = PeakMemory.Read();
        var engines = new List<(string Engine, (long Rows, TimeSpan Time) Import, BatchResult Render)> { ("SQLite", imported, result) };
        if (postgres is not null)
        {
            var postgresImport = Import(postgres, [reference, sample]);
            var postgresRender = RenderCommand.Runner().Render(
                new BatchOptions(postgres.Path, reportdefs, Path.Combine(folder, "output-postgresql"), Jobs: jobs, Force: true), new SilentProgress());
            engines.Add(("PostgreSQL", postgresImport, postgresRender));
        }

        PrintEngines(context.Out, scale, engines, postgres is not null);
        var seconds = result.Elapsed.TotalSeconds;
        context.Out.WriteLine(
            $"Scale {scale}: {result.Rendered} documents, {result.Files} files (PDF, DOCX, HTML), {result.Pages} PDF pages, {result.Bytes / (1024.0 * 1024.0):0.0} MB " +
            $"in {seconds:0.00} s with {jobs} jobs: {result.Rendered / seconds:0.0} documents/s, {result.Pages / seconds:0.0} pages/s; " +
            $"peak memory {(peakIsRenderOnly ? "while rendering" : "of this process so far")} {peak / (1024.0 * 1024.0):0} MB; {result.Failures.Count} failed.");
        foreach (var failure in result.Failures)
        {
            context.Error.WriteLine("FAILED " + failure);
        }

        if (chromiumSample > 0 && result.Rendered > 0)
        {
            CompareWithChromium(context.Out, store.Path, reportdefs, output, chromiumSample);
        }

        return builds.Error is not null || engines.Any(e => e.Render.Failures.Count > 0);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Initialises a fresh store and imports into it, timing the import alone (one transaction).</summary>
    private static (long Rows, TimeSpan Time) Import(PlanStore store, IReadOnlyList<string> paths)
    {
        store.Delete();
        store.Initialise();
        var clock = Stopwatch.StartNew();
        var summary = new PlanImporter(store).Import(paths);
        return (summary.Tables.Sum(t => (long)t.Rows), clock.Elapsed);
    }

    private static void PrintEngines(TextWriter stdout, int scale, IReadOnlyList<(string Engine, (long Rows, TimeSpan Time) Import, BatchResult Render)> engines, bool postgresMeasured)
    {
        stdout.WriteLine($"Scale {scale}, engines side by side:");
        stdout.WriteLine($"  {"engine",-12}{"rows",10}{"import",10}{"rows/s",10}{"documents",11}{"render",10}{"documents/s",13}");
        foreach (var (engine, import, render) in engines)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {engine,-12}{import.Rows,10:N0}{import.Time.TotalSeconds,9:0.00}s{import.Rows / import.Time.TotalSeconds,10:N0}{render.Rendered,11:N0}{render.Elapsed.TotalSeconds,9:0.00}s{render.Rendered / render.Elapsed.TotalSeconds,13:0.0}"));
        }

        if (!postgresMeasured)
        {
            stdout.WriteLine("  PostgreSQL   not measured: pass --postgres postgres://user@host:5432/db (a throwaway database).");
        }
    }

    private static void CompareWithChromium(TextWriter stdout, string storePath, string reportdefs, string output, int count)
    {
        if (ChromiumPrinter.Find() is not { } chromium)
        {
            stdout.WriteLine("Chromium is not installed (apt-get install chromium); no comparison.");
            return;
        }

        // A systematic sample (every k-th document of the manifest, in path order), so its mix of letters, packs
        // and bundles is the run's own. Both sides get the machine to themselves and take the documents one at a
        // time: PlanReports renders exactly these documents again (one job, PDF, DOCX and HTML), Chromium prints
        // each one's HTML to PDF in a process of its own.
        var documents = Manifest.Read(output).Documents.Where(d => d.Format == "html").OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        var step = Math.Max(1, documents.Count / count);
        var sample = documents.Where((_, i) => i % step == 0).Take(count).ToList();
        var only = sample.Select(d => (d.Report, d.Organisation)).ToHashSet();
        var ours = RenderCommand.Runner().Render(
            new BatchOptions(storePath, reportdefs, Path.Combine(output, "..", "same-documents"), Jobs: 1, Force: true, Only: only), new SilentProgress());
        var oursPerDocument = ours.Documents.Sum(d => d.Duration.TotalSeconds) / ours.Documents.Count;
        var elapsed = ChromiumPrinter.PrintAll(chromium, sample.Select(d => Path.Combine(output, d.Path)).ToList(), Path.Combine(output, "..", "chromium"));
        var chromiumPerDocument = elapsed.TotalSeconds / sample.Count;
        stdout.WriteLine(
            $"  The same {sample.Count} documents (one in {step} of the run), one at a time: Chromium printed their HTML to PDF, one process each, " +
            $"in {chromiumPerDocument:0.000} s/document; PlanReports rendered them (PDF, DOCX and HTML) in {oursPerDocument:0.0000} s/document: " +
            $"{chromiumPerDocument / oursPerDocument:0} times faster.");
    }

    private sealed class SilentProgress : IBatchProgress
    {
        public void Started(int documents)
        {
        }

        public void Finished(DocumentOutcome outcome)
        {
        }
    }
}
