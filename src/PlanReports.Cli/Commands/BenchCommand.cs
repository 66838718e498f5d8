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
/// <c>bench [--scales 1,10] [--jobs N] [--chromium-sample K]</c>: for each scale, generates the sample country,
/// imports it into a fresh store, renders every report in every format (forced, so nothing is skipped) and reports
/// documents/s, pages/s and the process's peak memory; then prints the HTML of K of those documents through
/// headless Chromium, one process per document, and reports how many times faster PlanReports is per document.
/// </summary>
internal static class BenchCommand
{
    private static readonly Option<string> Scales = new("--scales") { Description = "Comma-separated sample scales", DefaultValueFactory = _ => "1,10" };
    private static readonly Option<int> ChromiumSample = new("--chromium-sample") { Description = "How many documents' HTML to print through Chromium per scale (0 to skip)", DefaultValueFactory = _ => 20 };
    private static readonly Option<string?> Work = new("--work") { Description = "Where stores and outputs go (default: a new temporary folder)" };

    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "Measure rendering speed and memory at several scales, and compare with headless Chromium")
        {
            Scales, ChromiumSample, Work,
        };
        var shared = context.Options;
        command.SetAction(parse =>
        {
            var scales = parse.GetValue(Scales)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (scales.Length == 0 || scales.Any(s => !int.TryParse(s, CultureInfo.InvariantCulture, out var n) || n < 1))
            {
                Console.Error.WriteLine("--scales must be whole numbers of at least 1, separated by commas, e.g. 1,10.");
                return 2;
            }

            var work = parse.GetValue(Work) ?? Directory.CreateTempSubdirectory("planreports-bench-").FullName;
            var failed = false;
            foreach (var scale in scales.Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
            {
                failed |= RunScale(scale, parse.GetValue(shared.Data)!, parse.GetValue(shared.Reportdefs)!, Path.Combine(work, $"scale-{scale}"),
                    parse.GetValue(shared.Jobs), parse.GetValue(ChromiumSample));
            }

            Console.WriteLine($"Stores and outputs are in {work}.");
            return failed ? 1 : 0;
        });
        return command;
    }

    private static bool RunScale(int scale, string data, string reportdefs, string folder, int jobs, int chromiumSample)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var sample = Path.Combine(folder, "sample");
        var prepare = Stopwatch.StartNew();
        SampleGenerator.Write(ReferenceDataLoader.Load(Path.Combine(data, "reference")), scale, SampleGenerator.DefaultSeed, sample);
        var store = new PlanStore(Path.Combine(folder, "planreports.db"));
        store.Initialise();
        new PlanImporter(store).Import([Path.Combine(data, "reference"), sample]);
        Console.WriteLine($"Scale {scale}: sample generated and imported in {prepare.Elapsed.TotalSeconds:0.0} s.");

        var output = Path.Combine(folder, "output");
        var result = RenderCommand.Runner().Render(
            new BatchOptions(store.Path, reportdefs, output, Jobs: jobs, Force: true), new SilentProgress());
        var seconds = result.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(
            $"Scale {scale}: {result.Rendered} documents, {result.Files} files (PDF, DOCX, HTML), {result.Pages} PDF pages, {result.Bytes / (1024.0 * 1024.0):0.0} MB " +
            $"in {seconds:0.00} s with {jobs} jobs: {result.Rendered / seconds:0.0} documents/s, {result.Pages / seconds:0.0} pages/s; " +
            $"peak memory of this process so far {self.PeakWorkingSet64 / (1024.0 * 1024.0):0} MB; {result.Failures.Count} failed.");
        foreach (var failure in result.Failures)
        {
            Console.Error.WriteLine("FAILED " + failure);
        }

        if (chromiumSample > 0 && result.Rendered > 0)
        {
            CompareWithChromium(output, chromiumSample, seconds / result.Rendered);
        }

        return result.Failures.Count > 0;
    }

    private static void CompareWithChromium(string output, int count, double ourSecondsPerDocument)
    {
        if (ChromiumPrinter.Find() is not { } chromium)
        {
            Console.WriteLine("Chromium is not installed (apt-get install chromium); no comparison.");
            return;
        }

        // Every report's documents in turn, so the sample mixes letters and packs as the run did.
        var html = Manifest.Read(output).Documents.Where(d => d.Format == "html")
            .GroupBy(d => d.Report).SelectMany(g => g.Select((d, i) => (d, i))).OrderBy(x => x.i).ThenBy(x => x.d.Report, StringComparer.Ordinal)
            .Take(count).Select(x => Path.Combine(output, x.d.Path)).ToList();
        var elapsed = ChromiumPrinter.PrintAll(chromium, html, Path.Combine(output, "..", "chromium"));
        var chromiumPerDocument = elapsed.TotalSeconds / html.Count;
        Console.WriteLine(
            $"  Chromium: {html.Count} documents' HTML printed to PDF one process each in {elapsed.TotalSeconds:0.0} s = {chromiumPerDocument:0.000} s/document; " +
            $"PlanReports {ourSecondsPerDocument:0.0000} s/document for PDF, DOCX and HTML together: {chromiumPerDocument / ourSecondsPerDocument:0} times faster.");
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
