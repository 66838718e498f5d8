using PlanReports.Batch;

namespace PlanReports.Tests.Batch;

public sealed class CliRenderTests : IDisposable
{
    private readonly RunnerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private (int Code, string Output, string Errors) Cli(params string[] arguments)
    {
        using var process = KilledRunTests.StartCliCaptured(arguments);
        // Errors are drained alongside the output, so a full pipe on either side cannot stall the child.
        var errorsRead = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        var errors = errorsRead.GetAwaiter().GetResult();
        process.WaitForExit();
        return (process.ExitCode, output, errors);
    }

    private string[] Paths(params string[] more) =>
        ["--db", fixture.StorePath, "--out", fixture.Output, "--reportdefs", fixture.Reportdefs, .. more];

    [Fact]
    public void A_clean_render_exits_0_with_a_summary_and_verify_agrees()
    {
        var render = Cli(["render", .. Paths()]);
        Assert.Equal(0, render.Code);
        Assert.Contains("2 documents rendered (6 files", render.Output, StringComparison.Ordinal);

        var verify = Cli(["verify", .. Paths()]);
        Assert.Equal(0, verify.Code);
        Assert.Contains("6 files checked, 0 differ", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_requested_report_organisation_and_format_are_rendered()
    {
        var render = Cli(["render", .. Paths("--report", "signoff-letter", "--org", "sha-south", "--format", "html")]);
        Assert.Equal(0, render.Code);
        Assert.Equal(["signoff-letter/sha-south-south-of-england.html"], Manifest.Read(fixture.Output).Documents.Select(d => d.Path));
    }

    [Fact]
    public void A_failed_document_exits_1_and_names_report_organisation_and_cause()
    {
        fixture.AddLetterVariant("broken-letter", t => t.Replace("{{ letter_date | uk_date }}", "{{ letter_date | uk_dat }}", StringComparison.Ordinal));
        var render = Cli(["render", .. Paths()]);
        Assert.Equal(1, render.Code);
        Assert.Contains("FAILED broken-letter for sha-north North of England: Report 'broken-letter', template broken-letter/template.md, line", render.Errors, StringComparison.Ordinal);
        Assert.Contains("2 documents rendered", render.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render", "--format", "odt")]
    [InlineData("render", "--report", "no-such-report")]
    [InlineData("render", "--jobs", "0")]
    [InlineData("rendr")]
    public void Bad_usage_exits_2(params string[] arguments)
    {
        var (code, _, errors) = Cli([.. arguments, .. Paths()]);
        Assert.Equal(2, code);
        Assert.NotEmpty(errors.Trim());
    }
}
