using System.Diagnostics;

namespace PlanReports.Cli.Commands;

/// <summary>
/// Prints HTML files to PDF with headless Chromium, one process per document, as a typical HTML-to-PDF pipeline
/// does; the benchmark's point of comparison.
/// </summary>
internal static class ChromiumPrinter
{
    /// <summary>The Chromium executable on the PATH, or null if none is installed.</summary>
    public static string? Find() =>
        new[] { "chromium", "chromium-browser", "google-chrome" }
            .Select(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, name))
                .FirstOrDefault(File.Exists))
            .FirstOrDefault(p => p is not null);

    /// <summary>Prints each file to a PDF beside it in <paramref name="outputFolder"/>; returns the wall-clock time of all.</summary>
    public static TimeSpan PrintAll(string chromium, IReadOnlyList<string> htmlFiles, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var clock = Stopwatch.StartNew();
        foreach (var html in htmlFiles)
        {
            var profile = Directory.CreateTempSubdirectory("planreports-chromium-").FullName;
            try
            {
                var start = new ProcessStartInfo(chromium);
                foreach (var argument in new[]
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", $"--user-data-dir={profile}",
                    $"--print-to-pdf={Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(html) + ".pdf")}",
                    "--no-pdf-header-footer", new Uri(Path.GetFullPath(html)).AbsoluteUri,
                })
                {
                    start.ArgumentList.Add(argument);
                }

                ChildProcess.Run(start, TimeSpan.FromMinutes(2), $"Chromium printing {html}");
            }
            finally
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        return clock.Elapsed;
    }
}
