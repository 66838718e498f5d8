using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PlanReports.Bench;

/// <summary>Prints an HTML file to PDF with headless Chromium N times; reports the median wall time and the page count.</summary>
internal static partial class ChromiumMeasurement
{
    internal static (double MedianMs, double MedianCpuMs, int Pages) Run(string htmlPath, string pdfPath, int iterations)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var profile = Directory.CreateTempSubdirectory("planreports-chromium-");
            try
            {
                var start = new ProcessStartInfo("chromium")
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                    UseShellExecute = false,
                };
                foreach (var a in new[]
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", $"--user-data-dir={profile.FullName}", "--no-pdf-header-footer",
                    $"--print-to-pdf={pdfPath}", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
                })
                {
                    start.ArgumentList.Add(a);
                }

                var cpuBefore = ChildrenCpuMs();
                var watch = Stopwatch.StartNew();
                using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium could not be started.");
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                process.WaitForExit();
                watch.Stop();
                if (process.ExitCode != 0 || !File.Exists(pdfPath))
                {
                    throw new InvalidOperationException($"chromium failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add(ChildrenCpuMs() - cpuBefore);
            }
            finally
            {
                profile.Delete(recursive: true);
            }
        }

        return (Statistics.Median(times), Statistics.Median(cpu), CountPages(File.ReadAllBytes(pdfPath)));
    }

    /// <summary>
    /// CPU time of this process's waited-for children (cutime + cstime in /proc/self/stat). Chromium waits for its own
    /// renderer and GPU processes, so their time is included once Chromium has exited.
    /// </summary>
    private static double ChildrenCpuMs()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

        // Fields 16 and 17 of /proc/pid/stat (1-based), counted here after the command name: ticks of 1/100 s.
        var ticks = long.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture);
        return ticks * 10.0;
    }

    private static int CountPages(byte[] pdf) =>
        PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
