using PlanReports.Testing;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Cli;

/// <summary>
/// <c>bench</c> keeps the README's exit-code contract like every other command: bad input is one line naming the path
/// and the problem, exit code 2, no stack trace, and nothing it did not make is deleted.
/// </summary>
public sealed class BenchCommandTests
{
    private static void AssertOneLine(CliRun run, string path, string problem)
    {
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith(path + ": ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_without_reference_data_exits_2_naming_the_folder()
    {
        using var temp = new TemporaryStore();
        var data = Path.Combine(temp.Folder, "data");
        Directory.CreateDirectory(data);

        var run = CliRun.Of("bench", "--scales", "1", "--data", data, "--work", Path.Combine(temp.Folder, "work"));

        AssertOneLine(run, Path.Combine(data, "reference"), "no reference data folder; set --data");
        Assert.False(Directory.Exists(Path.Combine(temp.Folder, "work", "scale-1")));
    }

    [Fact]
    public void Bench_with_reference_data_that_breaks_its_rules_exits_2_in_one_line()
    {
        using var temp = new TemporaryStore();
        temp.Write(Path.Combine("data", "reference", "indicators.yaml"), "indicators: [unclosed\n");

        var run = CliRun.Of("bench", "--scales", "1", "--data", Path.Combine(temp.Folder, "data"), "--work", Path.Combine(temp.Folder, "work"));

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains(Path.Combine("data", "reference"), run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_refuses_a_work_folder_whose_scale_folder_it_did_not_make_and_leaves_it_alone()
    {
        using var temp = new TemporaryStore();
        var work = Path.Combine(temp.Folder, "work");
        var notes = temp.Write(Path.Combine("work", "scale-1", "notes.txt"), "Not the bench's.\n");

        var run = CliRun.Of("bench", "--scales", "1", "--chromium-sample", "0", "--data", RepoPaths.Combine("data"), "--work", work);

        AssertOneLine(run, Path.Combine(work, "scale-1"), "already exists and was not made by bench; choose another --work");
        Assert.Equal("Not the bench's.\n", File.ReadAllText(notes));
    }

    [Fact]
    public void Bench_refuses_the_same_foreign_scale_folder_however_the_scale_is_written()
    {
        using var temp = new TemporaryStore();
        var work = Path.Combine(temp.Folder, "work");
        var notes = temp.Write(Path.Combine("work", "scale-1", "notes.txt"), "Not the bench's.\n");

        var run = CliRun.Of("bench", "--scales", "01", "--chromium-sample", "0", "--data", RepoPaths.Combine("data"), "--work", work);

        AssertOneLine(run, Path.Combine(work, "scale-1"), "already exists and was not made by bench; choose another --work");
        Assert.Equal("Not the bench's.\n", File.ReadAllText(notes));
    }
}
