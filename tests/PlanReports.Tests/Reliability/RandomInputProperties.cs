using System.Text;
using Dapper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PlanReports.Batch;
using PlanReports.Import;
using PlanReports.Tests.Batch;
using PlanReports.Tests.Import;

namespace PlanReports.Tests.Reliability;

/// <summary>
/// Random input to import and render: CSV files built from the characters and fragments that break parsers, and
/// templates built from Markdown and Liquid fragments (headings, emphasis, tables, raw HTML, includes of paths
/// outside the partials folder, unknown variables and filters). Nothing may crash with anything but the documented
/// outcomes (a rejected import; a failed document with its cause), hang, or write outside the output folder.
/// Seeded, so a failure replays.
/// </summary>
public sealed class RandomInputProperties
{
    private const string Replay = "(20120405,20130331)";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private static readonly string[] CsvFragments =
    [
        "", "a", "5QA", "Q30", "DH", "pct", "sha-cluster", "2002-10-01", "2012-13-31", ",", ",,", "\"", "\"\"", "\"a,b\"",
        "\n", "\r\n", "\r", " ", "é", "Ŝouth", "\u0000", "\uFEFF", "-1", "1e308", "NaN", "<script>alert(1)</script>", "'; DROP TABLE organisation; --",
        "../../etc/passwd", "\t", "💷", "K1,Name,pct,5QA,2002-10-01\n",
    ];

    // Markdown, with only Liquid that compiles, so the documents get through to the three renderers.
    private static readonly string[] MarkdownFragments =
    [
        "# ", "## ", "### ", "\n", "\n\n", "*", "**", "_", "`", "- ", "1. ", "text ", "Ŝouth — ", "~~", "a < b & c ",
        "| a | b |\n|---|---|\n| c | d |\n", "|", "---\n", "[link](https://example.org)", "[up](../../outside.txt)",
        "&amp;", "&", "[^1]", "[^1]: note\n", "{.notice}\n", "{.right}\n", "\\",
        "{{ letter_date | uk_date }}", "{{ sha_cluster_name }}", "{{ '<i>x</i>' | upcase }}", "{% if true %}shown{% endif %}",
        "{% for i in (1..3) %}\n- {{ i }}\n{% endfor %}", "\n\n::: address of=addressee\n:::\n\n",
        "A long line of ordinary words that goes on and on so that it wraps across the page more than once. ",
    ];

    // Any Liquid at all: most of it does not compile, and each such report must fail for each of its letters.
    private static readonly string[] TemplateFragments =
    [
        "# ", "## ", "#### ", "> ", "\n", "*", "text ", "```\n", "::: signature\n:::\n", "![picture](/etc/passwd)",
        "<script>alert(1)</script>", "<b>", "{{ ", " }}", "{% ", " %}", "{{ letter_date | uk_date }}", "{{ nope }}",
        "{{ sha_cluster_name | no_such_filter }}", "{{ 'x' | upcase }}", "{% if true %}", "{% endif %}", "{% for i in (1..3) %}{{ i }}",
        "{% for i in (1..999999999) %}{{ i }}", "{% endfor %}", "{% include 'nothing' %}", "{% include '../../outside' %}", "{% raw %}", "{% endraw %}", "{% comment %}",
        "{% endcomment %}", "{% assign a = 'b' %}{{ a }}", "::: address of=addressee\n:::\n", "::: no-such-component\n:::\n", "{.notice}\n", "\\",
    ];

    private static Arbitrary<string> Texts(string[] fragments, int most) =>
        Gen.Elements(fragments).ListOf().Select(parts => string.Concat(parts.Take(most))).ToArbitrary();

    [Property(MaxTest = 60, Replay = Replay)]
    public Property Random_csv_rows_are_imported_or_rejected_with_the_store_unchanged()
    {
        var bytes = Gen.Elements(CsvFragments).ListOf()
            .SelectMany(parts => Gen.Choose(0, 3), (parts, invalid) => (Text: string.Concat(parts.Take(60)), Invalid: invalid))
            .Select(x =>
            {
                var body = Encoding.UTF8.GetBytes("code,name,type,parent_code,valid_from\n" + x.Text);
                // One case in four carries a byte that is not UTF-8.
                return x.Invalid == 0 && body.Length > 40 ? [.. body[..40], 0xC3, 0x28, .. body[40..]] : body;
            })
            .ToArbitrary();

        return Prop.ForAll(bytes, content =>
        {
            using var temp = ImportFixture.StoreWithBase();
            var file = Path.Combine(temp.Folder, "random", "organisation.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, content);
            var before = temp.Dump();

            var outcome = Within(() =>
            {
                try
                {
                    new PlanImporter(temp.Store).Import([file]);
                    return "imported";
                }
                catch (ImportRejectedException rejected)
                {
                    Assert.All(rejected.Errors, e => Assert.Contains("organisation.csv", e.File, StringComparison.Ordinal));
                    return "rejected";
                }
            });

            Assert.True(outcome == "imported" || temp.Dump() == before, "a rejected import changed the store");
            if (outcome == "imported")
            {
                using var connection = temp.Store.OpenReadOnly();
                Assert.True(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM organisation") >= 3);
            }
        });
    }

    [Property(MaxTest = 30, Replay = Replay)]
    public Property Random_markdown_renders_or_fails_the_document_without_escaping_the_output_folder() =>
        RendersSafely(Texts(MarkdownFragments, 60));

    [Property(MaxTest = 15, Replay = Replay)]
    public Property Random_liquid_renders_or_fails_the_document_without_escaping_the_output_folder() =>
        RendersSafely(Texts(TemplateFragments, 30));

    private static Property RendersSafely(Arbitrary<string> templates)
    {
        return Prop.ForAll(templates, template =>
        {
            using var fixture = new RunnerFixture();
            fixture.AddLetterVariant("random-letter", _ => template);
            var outside = Listing(fixture.Root, fixture.Output);

            var result = Within(() => RunnerFixture.Runner().Render(fixture.Options(report: "random-letter"), new RecordingProgress()));

            // Each of the two letters is rendered or reported as failed, with its cause.
            Assert.Equal(2, result.Rendered + result.Failures.Count);
            Assert.All(result.Failures, f => Assert.DoesNotContain("   at ", f.Cause, StringComparison.Ordinal));
            Assert.Equal(outside, Listing(fixture.Root, fixture.Output));
            Assert.All(Manifest.Read(fixture.Output).Documents, d => Assert.StartsWith("random-letter/", d.Path, StringComparison.Ordinal));
            var html = Directory.GetFiles(fixture.Output, "*.html", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != IndexPage.FileName);
            Assert.All(html, f => Assert.DoesNotContain("<script>", File.ReadAllText(f), StringComparison.Ordinal));
        });
    }

    // The work runs on its own thread; a hang fails the case rather than the whole test run.
    private static T Within<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(Limit), $"did not finish within {Limit.TotalSeconds} s");
        return task.Result;
    }

    // Every file under the fixture but the output folder, with its length: what a run must not touch.
    private static List<string> Listing(string root, string output) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => $"{Path.GetRelativePath(root, f)} {new FileInfo(f).Length}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
