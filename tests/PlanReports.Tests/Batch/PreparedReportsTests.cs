using PlanReports.Batch;

namespace PlanReports.Tests.Batch;

/// <summary>
/// Reports prepared ahead of a run (build loads and compiles them while it fills the store): the run uses them as they
/// were read, gives the documents a run that reads its own would give, and reports their errors the same way.
/// </summary>
public sealed class PreparedReportsTests : IDisposable
{
    private const string North = "signoff-letter/sha-north-north-of-england";
    private const string Thanks = "Thank you to you and your team for the work that has gone into these plans.";
    private const string Copied = "I am copying this letter to the NHS Commissioning Board Authority.";

    private readonly RunnerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void A_run_given_prepared_reports_writes_the_same_files_as_one_that_reads_its_own()
    {
        var runner = RunnerFixture.Runner();
        var prepared = runner.Prepare(fixture.Reportdefs);
        var result = runner.Render(fixture.Options() with { Prepared = prepared }, new RecordingProgress());
        var withPrepared = Files();

        fixture.Render(force: true);

        Assert.Empty(result.Failures);
        Assert.Equal(2, result.Rendered);
        Assert.Equal(8, withPrepared.Count); // six documents, the manifest and the index
        Assert.Equal(withPrepared, Files());
    }

    [Fact]
    public void The_templates_are_those_read_when_the_reports_were_prepared()
    {
        var runner = RunnerFixture.Runner();
        var prepared = runner.Prepare(fixture.Reportdefs);
        WaitUntilPrepared(runner, prepared);
        EditTemplate(fixture.Template());

        runner.Render(fixture.Options() with { Prepared = prepared }, new RecordingProgress());

        var letter = File.ReadAllText(Path.Combine(fixture.Output, $"{North}.html"));
        Assert.Contains("Thank you to you and your team", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("NHS Commissioning Board Authority", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_prepared_from_another_reportdefs_folder_are_not_used()
    {
        var other = Path.Combine(fixture.Root, "other-reportdefs");
        RunnerFixture.CopyFolder(fixture.Reportdefs, other);
        EditTemplate(Path.Combine(other, "signoff-letter", "template.md"));
        var runner = RunnerFixture.Runner();

        runner.Render(fixture.Options() with { Prepared = runner.Prepare(other) }, new RecordingProgress());

        var letter = File.ReadAllText(Path.Combine(fixture.Output, $"{North}.html"));
        Assert.Contains("Thank you to you and your team", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("NHS Commissioning Board Authority", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prepared_report_that_does_not_compile_fails_for_each_of_its_organisations_as_an_unprepared_one_does()
    {
        fixture.AddLetterVariant("broken-letter", t => t.Replace("{{ letter_date | uk_date }}", "{{ letter_date | uk_dat }}", StringComparison.Ordinal));
        var runner = RunnerFixture.Runner();

        var prepared = runner.Render(fixture.Options() with { Prepared = runner.Prepare(fixture.Reportdefs) }, new RecordingProgress());
        var unprepared = fixture.Render(force: true);

        Assert.Equal(["sha-north", "sha-south"], prepared.Failures.Select(f => f.Organisation));
        Assert.All(prepared.Failures, f => Assert.Contains("unknown filter 'uk_dat'", f.Cause, StringComparison.Ordinal));
        Assert.Equal(unprepared.Failures, prepared.Failures);
    }

    [Fact]
    public void A_run_limited_to_one_report_ignores_what_is_wrong_with_the_other_prepared_reports()
    {
        fixture.AddLetterVariant("broken-letter", t => t.Replace("{{ letter_date | uk_date }}", "{{ letter_date | uk_dat }}", StringComparison.Ordinal));
        var runner = RunnerFixture.Runner();

        var result = runner.Render(fixture.Options(report: "signoff-letter") with { Prepared = runner.Prepare(fixture.Reportdefs) }, new RecordingProgress());

        Assert.Empty(result.Failures);
        Assert.Equal(2, result.Rendered);
    }

    [Fact]
    public void A_missing_reportdefs_folder_is_reported_by_the_run_as_without_prepared_reports()
    {
        var missing = Path.Combine(fixture.Root, "no-such-reportdefs");
        var runner = RunnerFixture.Runner();
        var options = fixture.Options() with { ReportdefsRoot = missing };

        var prepared = Assert.Throws<BatchUsageException>(() => runner.Render(options with { Prepared = runner.Prepare(missing) }, new RecordingProgress()));
        var unprepared = Assert.Throws<BatchUsageException>(() => runner.Render(options, new RecordingProgress()));

        Assert.Contains("There are no report definitions at", prepared.Message, StringComparison.Ordinal);
        Assert.Equal(unprepared.Message, prepared.Message);
    }

    // A render of another output folder with the same prepared reports waits for them, so they are read by its end.
    private void WaitUntilPrepared(BatchRunner runner, PreparedReports prepared) =>
        runner.Render(fixture.Options() with { OutputFolder = Path.Combine(fixture.Root, "first"), Prepared = prepared }, new RecordingProgress());

    private static void EditTemplate(string path) =>
        File.WriteAllText(path, File.ReadAllText(path).Replace(Thanks, Copied, StringComparison.Ordinal));

    private Dictionary<string, string> Files() =>
        Directory.GetFiles(fixture.Output, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(fixture.Output, f), f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
