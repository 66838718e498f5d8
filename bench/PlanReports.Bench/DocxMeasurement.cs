using System.Diagnostics;
using System.Globalization;
using PlanReports.Docx;
using PlanReports.Pdf;

namespace PlanReports.Bench;

/// <summary>
/// Renders each document size as DOCX N times in this process, measuring the DOCX writer on its own (the batch's
/// build also reads the store and writes PDF and HTML, whose noise hides a change of a few percent here). The
/// renderer measures text with the PDF's fonts, as the batch's does.
/// </summary>
internal static class DocxMeasurement
{
    internal static void Run(int iterations, TextWriter output)
    {
        using var pdf = new PdfRenderer();
        var renderer = new DocxRenderer(pdf.TextMeasure);
        output.WriteLine("document  bytes  median ms  median CPU ms");
        using var self = Process.GetCurrentProcess();
        foreach (var name in BenchDocument.Names)
        {
            var document = BenchDocument.Build(name);
            BenchDocument.WarmUp(renderer, document);

            var times = new List<double>();
            var cpu = new List<double>();
            long bytes = 0;
            for (var i = 0; i < iterations; i++)
            {
                using var stream = new MemoryStream();
                var timing = Timing.Of(self, () => renderer.Render(document, stream));
                times.Add(timing.WallMs);
                cpu.Add(timing.CpuMs);
                bytes = stream.Length;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-8}  {bytes,7}  {Statistics.Median(times),9:0.00}  {Statistics.Median(cpu),13:0.00}"));
        }
    }
}
