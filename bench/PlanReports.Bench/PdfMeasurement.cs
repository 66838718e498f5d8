using System.Diagnostics;
using System.Globalization;
using PlanReports.Cli.Commands;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf;

namespace PlanReports.Bench;

/// <summary>Renders one document size N times in this process and reports the median time and the peak memory.</summary>
internal sealed record PdfMeasurement(string Name, int Pages, long Bytes, double MedianMs, double MedianCpuMs, long PeakRssBytes, long AllocatedBytesPerRender)
{
    internal static PdfMeasurement Run(string name, int iterations)
    {
        using var renderer = new PdfRenderer();
        var document = BenchDocument.Build(name);
        BenchDocument.WarmUp(renderer, document);

        var times = new List<double>();
        var cpu = new List<double>();
        using var self = Process.GetCurrentProcess();
        var pages = 0;
        long bytes = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < iterations; i++)
        {
            // A file, as the pipeline writes: a growing MemoryStream would add the harness's own copies to the peak.
            var path = Path.Combine(Path.GetTempPath(), $"planreports-bench-{Environment.ProcessId}.pdf");
            using var output = File.Create(path);
            // The document model is the input, made once outside the timing, as Chromium's side is timed from a
            // finished HTML file; the model is immutable, so every render starts from the same state.
            RenderResult? result = null;
            var timing = Timing.Of(self, () => result = renderer.Render(document, output));
            times.Add(timing.WallMs);
            cpu.Add(timing.CpuMs);
            pages = result!.PageCount ?? 0;
            bytes = output.Length;
            output.Close();
            File.Delete(path);
        }

        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / iterations;
        return new PdfMeasurement(name, pages, bytes, Statistics.Median(times), Statistics.Median(cpu), PeakMemory.Read(), allocated);
    }

    internal string ToLine() => string.Join(' ', Name, Pages, Bytes, MedianMs.ToString("R", CultureInfo.InvariantCulture), MedianCpuMs.ToString("R", CultureInfo.InvariantCulture), PeakRssBytes, AllocatedBytesPerRender);

    internal static PdfMeasurement Parse(string line)
    {
        var p = line.Trim().Split(' ');
        var c = CultureInfo.InvariantCulture;
        return new PdfMeasurement(p[0], int.Parse(p[1], c), long.Parse(p[2], c), double.Parse(p[3], c), double.Parse(p[4], c), long.Parse(p[5], c), long.Parse(p[6], c));
    }
}
