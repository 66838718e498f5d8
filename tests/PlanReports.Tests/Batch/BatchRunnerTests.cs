using System.IO.Compression;
using System.Security.Cryptography;
using PlanReports.Batch;
using PlanReports.Testing;
using PlanReports.Tests.Reports;

namespace PlanReports.Tests.Batch;

public sealed class BatchRunnerTests : IDisposable
{
    private const string North = "signoff-letter/sha-north-north-of-england";
    private const string South = "signoff-letter/sha-south-south-of-england";

    private readonly RunnerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void Every_sha_cluster_gets_a_letter_in_every_format_with_a_manifest_entry()
    {
        var result = fixture.Render();

        Assert.Empty(result.Failures);
        Assert.Equal(2, result.Rendered);
        var manifest = Manifest.Read(fixture.Output);
        Assert.Equal(
            [$"{North}.docx", $"{North}.html", $"{North}.pdf", $"{South}.docx", $"{South}.html", $"{South}.pdf"],
            manifest.Documents.Select(d => d.Path));
        Assert.Equal(["sha-north", "sha-north", "sha-north", "sha-south", "sha-south", "sha-south"], manifest.Documents.Select(d => d.Organisation));
        foreach (var entry in manifest.Documents)
        {
            var bytes = File.ReadAllBytes(Path.Combine(fixture.Output, entry.Path));
            Assert.Equal("signoff-letter", entry.Report);
            Assert.Equal(bytes.Length, entry.Bytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), entry.Sha256);
            Assert.Equal(entry.Format == "pdf", entry.Pages is > 0);
            Assert.Equal(64, entry.Inputs.Length);
        }

        Assert.Equal(result.Bytes, manifest.Documents.Sum(d => d.Bytes));
    }

    [Fact]
    public void A_run_limited_to_some_documents_renders_only_those_and_keeps_the_rest_of_the_manifest()
    {
        fixture.Render();
        var before = Manifest.Read(fixture.Output).Documents;

        var only = new HashSet<(string, string)> { ("signoff-letter", "sha-south") };
        var result = RunnerFixture.Runner().Render(fixture.Options(force: true) with { Only = only }, new RecordingProgress());

        Assert.Equal(1, result.Rendered);
        var outcome = Assert.Single(result.Documents);
        Assert.Equal(("signoff-letter", "sha-south"), (outcome.Report, outcome.Organisation));
        Assert.True(outcome.Duration > TimeSpan.Zero);
        Assert.Equal(before, Manifest.Read(fixture.Output).Documents);
    }

    [Fact]
    public void Rendering_again_gives_byte_identical_files_and_manifest()
    {
        fixture.Render();
        var first = Snapshot();
        var forced = fixture.Render(force: true);

        Assert.Equal(2, forced.Rendered);
        Assert.Equal(first, Snapshot());
    }

    [Fact]
    public void An_unchanged_run_skips_everything_and_a_data_change_re_renders_only_what_it_touched()
    {
        fixture.Render();
        var before = Manifest.Read(fixture.Output).Documents;

        var again = fixture.Render();
        Assert.Equal((0, 2), (again.Rendered, again.Unchanged));

        SignoffStore.Execute(fixture.StorePath, "UPDATE decision SET summary = 'The plans were revised after the meeting.' WHERE id = 'dh-north'");
        var changed = fixture.Render();

        Assert.Equal((1, 1), (changed.Rendered, changed.Unchanged));
        var after = Manifest.Read(fixture.Output).Documents;
        Assert.Equal(before.Where(d => d.Organisation == "sha-south"), after.Where(d => d.Organisation == "sha-south"));
        Assert.All(after.Where(d => d.Organisation == "sha-north"), d => Assert.DoesNotContain(d, before));
        Assert.Contains("revised after the meeting", DocxText($"{North}.docx"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_the_template_changes_the_letters_without_touching_code()
    {
        fixture.Render();
        var template = File.ReadAllText(fixture.Template());
        File.WriteAllText(fixture.Template(), template.Replace(
            "Thank you to you and your team for the work that has gone into these plans.",
            "I am copying this letter to the NHS Commissioning Board Authority.",
            StringComparison.Ordinal));

        var result = fixture.Render();

        Assert.Equal(2, result.Rendered);
        Assert.Contains("NHS Commissioning Board Authority", DocxText($"{North}.docx"), StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you to you and your team", DocxText($"{South}.docx"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ addressee.salutation }},", "{{ addressee.salutaton }},", "undefined variable 'salutaton'")]
    [InlineData("{{ letter_date | uk_date }}", "{{ letter_date | uk_dat }}", "unknown filter 'uk_dat'")]
    [InlineData("::: signature of=signatory", "::: signatur of=signatory", "unknown component 'signatur'")]
    [InlineData("{% case outcome -%}", "{% case outcome", "syntax")]
    public void A_template_error_fails_only_its_own_documents_naming_report_template_and_line(string original, string broken, string problem)
    {
        var line = File.ReadAllLines(fixture.Template()).ToList().FindIndex(l => l.Contains(original, StringComparison.Ordinal)) + 1;
        fixture.AddLetterVariant("broken-letter", t => t.Replace(original, broken, StringComparison.Ordinal));

        var result = fixture.Render();

        Assert.Equal(2, result.Rendered);
        Assert.Equal(["sha-north", "sha-south"], result.Failures.Select(f => f.Organisation));
        Assert.All(result.Failures, f =>
        {
            Assert.Equal("broken-letter", f.Report);
            Assert.Contains("broken-letter/template.md", f.Cause, StringComparison.Ordinal);
            Assert.Contains(problem, f.Cause, StringComparison.Ordinal);
        });
        if (problem != "syntax")
        {
            Assert.Contains($"line {line}:", result.Failures[0].Cause, StringComparison.Ordinal);
        }

        Assert.Equal(6, Manifest.Read(fixture.Output).Documents.Count);
        Assert.False(Directory.Exists(Path.Combine(fixture.Output, "broken-letter")));
    }

    [Fact]
    public void A_document_that_throws_is_reported_with_report_organisation_and_cause_and_the_rest_complete()
    {
        SignoffStore.Execute(fixture.StorePath, "DELETE FROM contact WHERE id = 'south-ce'");

        var result = fixture.Render();

        var failure = Assert.Single(result.Failures);
        Assert.Equal(("signoff-letter", "sha-south", "South of England"), (failure.Report, failure.Organisation, failure.OrganisationName));
        Assert.Contains("no chief executive", failure.Cause, StringComparison.Ordinal);
        Assert.Equal(1, result.Rendered);
        Assert.All(Manifest.Read(fixture.Output).Documents, d => Assert.Equal("sha-north", d.Organisation));
    }

    [Fact]
    public void A_document_that_now_fails_or_is_no_longer_produced_leaves_no_old_file_behind()
    {
        fixture.Render();
        SignoffStore.Execute(fixture.StorePath, "DELETE FROM contact WHERE id = 'south-ce'");

        var result = fixture.Render();

        Assert.Single(result.Failures);
        Assert.Equal((0, 1), (result.Rendered, result.Unchanged));
        Assert.Empty(Directory.GetFiles(Path.Combine(fixture.Output, "signoff-letter"), "sha-south*"));
        Assert.DoesNotContain(Manifest.Read(fixture.Output).Documents, d => d.Organisation == "sha-south");
    }

    [Fact]
    public void A_filtered_run_keeps_the_manifest_entries_of_the_documents_it_did_not_cover()
    {
        fixture.Render();
        var before = Manifest.Read(fixture.Output).Documents;

        var result = fixture.Render(org: "sha-north", format: "html", force: true);

        Assert.Equal(1, result.Files);
        Assert.Equal(before, Manifest.Read(fixture.Output).Documents);
    }

    [Fact]
    public void Verify_passes_on_a_fresh_output_and_names_a_file_changed_by_one_byte()
    {
        fixture.Render();
        Assert.Empty(FixtureVerify().Differences);

        var path = Path.Combine(fixture.Output, $"{South}.pdf");
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var result = FixtureVerify();

        var difference = Assert.Single(result.Differences);
        Assert.Equal($"{South}.pdf", difference.Path);
        Assert.Contains("changed after rendering", difference.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_names_documents_whose_data_changed_since_they_were_rendered()
    {
        fixture.Render();
        SignoffStore.Execute(fixture.StorePath, "UPDATE decision SET letter_on = '2012-05-09' WHERE id = 'dh-north'");

        var result = FixtureVerify();

        Assert.Equal([$"{North}.docx", $"{North}.html", $"{North}.pdf"], result.Differences.Select(d => d.Path));
        Assert.All(result.Differences, d => Assert.Contains("re-rendered", d.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_of_a_letter_from_illustrative_data_says_so_and_operational_data_does_not()
    {
        fixture.Render();
        var pages = PdfPages($"{North}.pdf");
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.Contains("Illustrative data – not for operational use", p, StringComparison.Ordinal));
        Assert.All(pages.Select((p, i) => (p, i)), x => Assert.Contains($"Page {x.i + 1} of {pages.Count}", x.p, StringComparison.Ordinal));

        SignoffStore.Execute(fixture.StorePath, "UPDATE dataset SET illustrative = 0");
        fixture.Render();
        Assert.All(PdfPages($"{North}.pdf"), p => Assert.DoesNotContain("Illustrative", p, StringComparison.Ordinal));
    }

    private VerifyResult FixtureVerify() => RunnerFixture.Runner().Verify(fixture.Options());

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(fixture.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(fixture.Output, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

    private string DocxText(string relative)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(fixture.Output, relative));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
        return string.Concat(xml.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value));
    }

    private List<string> PdfPages(string relative)
    {
        var text = ExternalTool.Run("pdftotext", ["-layout", Path.Combine(fixture.Output, relative), "-"]);
        Assert.Equal(0, text.ExitCode);
        return text.StandardOutput.Split('\f').Where(p => p.Trim().Length > 0).ToList();
    }
}
