using PlanReports.Cli.Commands;
using PlanReports.Testing;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Cli;

/// <summary>
/// <c>bench</c> times the whole <c>build</c> as a user runs it: the command line in a process of its own, each run into
/// a fresh store and output folder of its own.
/// </summary>
public sealed class WholeBuildTimerTests
{
    [Fact]
    public void Each_run_is_a_whole_build_in_a_folder_of_its_own()
    {
        using var temp = new TemporaryStore();
        var data = Path.Combine(temp.Folder, "data");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine("data", "reference")))
        {
            temp.Write(Path.Combine("data", "reference", Path.GetFileName(file)), File.ReadAllText(file));
        }

        var result = WholeBuildTimer.Measure(2, data, RepoPaths.Combine("reportdefs"), Path.Combine(temp.Folder, "bench"), jobs: 1);

        Assert.Null(result.Error);
        Assert.Equal(2, result.Times.Count);
        Assert.All(result.Times, t => Assert.True(t > TimeSpan.Zero));
        Assert.Contains(result.Median, result.Times);
        foreach (var run in new[] { "build-1", "build-2" })
        {
            // What only a finished build leaves: the store it created and imported into, and its manifest and index.
            Assert.True(File.Exists(Path.Combine(temp.Folder, "bench", run, "planreports.db")), run);
            Assert.True(File.Exists(Path.Combine(temp.Folder, "bench", run, "manifest.json")), run);
            Assert.True(File.Exists(Path.Combine(temp.Folder, "bench", run, "index.html")), run);
        }
    }

    [Fact]
    public void A_build_that_fails_stops_the_series_and_is_reported_with_its_own_error()
    {
        using var temp = new TemporaryStore();
        var data = Path.Combine(temp.Folder, "no-such-data");

        var result = WholeBuildTimer.Measure(3, data, RepoPaths.Combine("reportdefs"), Path.Combine(temp.Folder, "bench"), jobs: 1);

        Assert.Empty(result.Times);
        Assert.NotNull(result.Error);
        Assert.StartsWith("build run 1 exited with 2: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("no data folder at " + data, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Folder, "bench", "build-2")));
    }

    [Fact]
    public void Bench_refuses_a_negative_number_of_build_runs()
    {
        using var temp = new TemporaryStore();

        var run = CliRun.Of("bench", "--scales", "1", "--build-runs", "-1", "--data", RepoPaths.Combine("data"), "--work", Path.Combine(temp.Folder, "work"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--build-runs must be 0 or more.\n", run.Error);
        Assert.False(Directory.Exists(Path.Combine(temp.Folder, "work", "scale-1")));
    }
}
