using PlanReports.Batch;
using PlanReports.Components;
using PlanReports.Reports;
using PlanReports.Testing;
using PlanReports.Tests.Reports;

namespace PlanReports.Tests.Batch;

/// <summary>
/// A temporary folder with the sign-off fixture store, a copy of the repository's sign-off letter definition and
/// shared partials (so tests can edit templates) and an output folder, plus a runner with the real sources, components and renderers.
/// </summary>
internal sealed class RunnerFixture : IDisposable
{
    public RunnerFixture()
    {
        Root = Directory.CreateTempSubdirectory("planreports-runner-").FullName;
        StorePath = SignoffStore.Create(Root);
        Reportdefs = Path.Combine(Root, "reportdefs");
        // The sign-off letter and the shared partials only: the fixture store holds what that letter needs.
        CopyFolder(RepoPaths.Combine("reportdefs", "_shared"), Path.Combine(Reportdefs, "_shared"));
        CopyFolder(RepoPaths.Combine("reportdefs", "signoff-letter"), Path.Combine(Reportdefs, "signoff-letter"));
        Output = Path.Combine(Root, "output");
    }

    public string Root { get; }

    public string StorePath { get; }

    public string Reportdefs { get; }

    public string Output { get; }

    public static BatchRunner Runner() =>
        new(ReportModelSources.All, ReportComponents.All, DocumentRenderers.CreateAll, "test-engine");

    public BatchOptions Options(string? report = null, string? org = null, string? format = null, bool force = false, int jobs = 2) =>
        new(StorePath, Reportdefs, Output, report, org, format, jobs, force);

    public BatchResult Render(string? report = null, string? org = null, string? format = null, bool force = false) =>
        Runner().Render(Options(report, org, format, force), new RecordingProgress());

    /// <summary>Adds a copy of the sign-off letter under another id, with its template changed by <paramref name="edit"/>.</summary>
    public void AddLetterVariant(string id, Func<string, string> edit)
    {
        var folder = Path.Combine(Reportdefs, id);
        Directory.CreateDirectory(folder);
        var yaml = File.ReadAllText(Path.Combine(Reportdefs, "signoff-letter", "report.yaml"))
            .Replace("id: signoff-letter", $"id: {id}", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "report.yaml"), yaml);
        File.WriteAllText(Path.Combine(folder, "template.md"), edit(File.ReadAllText(Path.Combine(Reportdefs, "signoff-letter", "template.md"))));
    }

    public string Template(string id = "signoff-letter") => Path.Combine(Reportdefs, id, "template.md");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Copies a folder and everything under it.</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
