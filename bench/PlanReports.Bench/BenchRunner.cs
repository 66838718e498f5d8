using System.Diagnostics;
using System.Globalization;
using PlanReports.Documents.Html;

namespace PlanReports.Bench;

/// <summary>Runs every size in a child process, then Chromium on the HTML of the same documents, and prints the table.</summary>
internal static class BenchRunner
{
    internal static int Run(int iterations, int chromiumIterations)
    {
        var folder = Directory.CreateTempSubdirectory("planreports-bench-").FullName;
        var html = new HtmlRenderer();
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"PDF: {iterations} renders per document (median), each size in its own process; Chromium: {chromiumIterations} prints per document.");
        Console.WriteLine();
        Console.WriteLine("| document | pages | PDF KB | ours ms (wall) | ours ms (CPU) | pages/s (wall) | peak RSS MB | alloc MB/render | Chromium pages | Chromium ms (wall) | Chromium ms (CPU) | ratio wall | ratio CPU |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var name in BenchDocument.Names)
        {
            var ours = Child(name, iterations);
            var htmlPath = Path.Combine(folder, name + ".html");
            using (var file = File.Create(htmlPath))
            {
                html.Render(BenchDocument.Build(name), file);
            }

            var (ms, cpu, pages) = ChromiumMeasurement.Run(htmlPath, Path.Combine(folder, name + "-chromium.pdf"), chromiumIterations);
            var chromium = string.Create(c, $"{pages} | {ms:0} | {cpu:0} | {ms / ours.MedianMs:0}× | {cpu / Math.Max(ours.MedianCpuMs, 0.1):0}× |");

            Console.WriteLine(string.Create(c,
                $"| {name} | {ours.Pages} | {ours.Bytes / 1024.0:0.0} | {ours.MedianMs:0.0} | {ours.MedianCpuMs:0.0} | {ours.Pages / (ours.MedianMs / 1000):0} | {ours.PeakRssBytes / 1048576.0:0} | {ours.AllocatedBytesPerRender / 1048576.0:0.0} | {chromium}"));
        }

        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static PdfMeasurement Child(string name, int iterations)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BenchRunner).Assembly.Location);
        }

        foreach (var a in new[] { "--child", name, iterations.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The benchmark child process could not be started.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The benchmark child for '{name}' failed with exit code {process.ExitCode}.");
        }

        return PdfMeasurement.Parse(output.Trim().Split('\n')[^1]);
    }
}
