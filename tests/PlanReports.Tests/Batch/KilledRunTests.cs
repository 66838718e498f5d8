using System.Diagnostics;
using System.Security.Cryptography;
using PlanReports.Batch;
using PlanReports.Tests.Reports;

namespace PlanReports.Tests.Batch;

public sealed class KilledRunTests : IDisposable
{
    private readonly RunnerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void A_run_killed_mid_way_leaves_only_complete_files_and_a_consistent_manifest()
    {
        SignoffStore.AddClusters(fixture.StorePath, 60);
        var reference = Path.Combine(fixture.Root, "reference-output");
        RunnerFixture.Runner().Render(fixture.Options() with { OutputFolder = reference }, new RecordingProgress());
        var expected = Manifest.Read(reference).Documents.ToDictionary(d => d.Path, d => d.Sha256);

        using (var cli = StartCli("render", "--db", fixture.StorePath, "--out", fixture.Output, "--reportdefs", fixture.Reportdefs, "--jobs", "1"))
        {
            var letters = Path.Combine(fixture.Output, "signoff-letter");
            var clock = Stopwatch.StartNew();
            while (!(Directory.Exists(letters) && Directory.GetFiles(letters, "*.pdf").Length >= 3) && clock.Elapsed < TimeSpan.FromMinutes(2) && !cli.HasExited)
            {
                Thread.Sleep(5);
            }

            Assert.False(cli.HasExited, "the run finished before it could be killed");
            cli.Kill(entireProcessTree: true);
            cli.WaitForExit();
        }

        var manifest = Manifest.Read(fixture.Output);
        Assert.True(manifest.Documents.Count < expected.Count, "the killed run wrote a complete manifest");
        Assert.All(manifest.Documents, d =>
            Assert.Equal(d.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(fixture.Output, d.Path))))));

        var documents = Directory.GetFiles(fixture.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(fixture.Output, f).Replace('\\', '/'))
            .Where(f => f is not (Manifest.FileName or OutputFolderLock.LockFileName or OutputFolderLock.OwnerFileName)
                && !Path.GetFileName(f).EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(documents);
        Assert.All(documents, f =>
            Assert.Equal(expected[f], Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(fixture.Output, f))))));

        var finished = fixture.Render();
        Assert.Empty(finished.Failures);
        Assert.Empty(Directory.GetFiles(fixture.Output, "*" + AtomicFile.TemporarySuffix, SearchOption.AllDirectories));
        Assert.Equal(expected, Manifest.Read(fixture.Output).Documents.ToDictionary(d => d.Path, d => d.Sha256));
    }

    /// <summary>Starts the CLI with its output and errors readable by the caller.</summary>
    internal static Process StartCliCaptured(params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "PlanReports.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static Process StartCli(params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "PlanReports.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
