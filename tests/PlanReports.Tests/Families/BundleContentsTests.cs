using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Batch;
using PlanReports.Components;
using PlanReports.Reports;
using PlanReports.Testing;

namespace PlanReports.Tests.Families;

/// <summary>
/// The bundle's contents list as the runner writes it: in the PDF each entry followed by the page its pack actually
/// starts on (read back by poppler, which shares no code with our layout); in the DOCX a TOC field over bookmarked
/// headings; every file the same bytes on a second render.
/// </summary>
public sealed class BundleContentsTests : IDisposable
{
    private static readonly string[] Entries = ["Alpha PCT Cluster", "Beta PCT Cluster", "What assurers look for"];

    private readonly string root = Directory.CreateTempSubdirectory("planreports-contents-").FullName;

    [Fact]
    public void Each_pdf_contents_entry_gives_the_page_its_pack_starts_on()
    {
        var pdf = Render("first").Single(f => f.EndsWith(".pdf", StringComparison.Ordinal));
        var pages = Pages(pdf);
        var contentsPage = pages.FindIndex(p => p.Contains("Contents", StringComparison.Ordinal) && Entries.All(e => p.Contains(e, StringComparison.Ordinal)));
        Assert.True(contentsPage >= 0, "no page holds the contents list");

        var numbers = new List<int>();
        foreach (var entry in Entries)
        {
            var line = Regex.Match(pages[contentsPage], $@"^\s*{Regex.Escape(entry)}\s+(\d+)\s*$", RegexOptions.Multiline);
            Assert.True(line.Success, $"the contents page has no line \"{entry} <page>\":\n{pages[contentsPage]}");
            var number = int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture);

            // The first page after the contents that shows the entry's heading is the page the entry names.
            var shown = pages.FindIndex(contentsPage + 1, p => p.Contains(entry, StringComparison.Ordinal)) + 1;
            Assert.Equal(shown, number);
            numbers.Add(number);
        }

        Assert.Equal(numbers.Order().ToList(), numbers);
        Assert.True(numbers[0] > contentsPage + 1, "the first pack starts after the contents page");
        var check = ExternalTool.Run("qpdf", ["--check", pdf]);
        Assert.True(check.ExitCode == 0, check.StandardOutput + check.StandardError);
    }

    [Fact]
    public void The_pdf_contents_is_tagged_toc_with_each_page_number_inside_its_entrys_link()
    {
        var pdf = Render("first").Single(f => f.EndsWith(".pdf", StringComparison.Ordinal));
        var result = ExternalTool.Run("qpdf", ["--json=2", "--json-key=qpdf", pdf]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        JsonElement Value(string reference) => objects.GetProperty("obj:" + reference).GetProperty("value");
        IEnumerable<JsonElement> Kids(JsonElement element) =>
            element.GetProperty("/K") is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [element.GetProperty("/K")];

        var toc = objects.EnumerateObject()
            .Select(o => o.Value.TryGetProperty("value", out var v) ? v : default)
            .Single(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/S", out var type) && type.GetString() == "/TOC");
        var items = Kids(toc).Select(k => Value(k.GetString()!)).ToList();
        Assert.Equal(Entries.Length, items.Count);
        foreach (var item in items)
        {
            Assert.Equal("/TOCI", item.GetProperty("/S").GetString());
            var reference = Value(Assert.Single(Kids(item)).GetString()!);
            Assert.Equal("/Reference", reference.GetProperty("/S").GetString());
            var link = Value(Assert.Single(Kids(reference)).GetString()!);
            Assert.Equal("/Link", link.GetProperty("/S").GetString());

            // Marked content for the text and, last, for the page number; the annotations between them.
            var kids = Kids(link).ToList();
            Assert.Equal(JsonValueKind.Number, kids[0].ValueKind);
            Assert.Equal(JsonValueKind.Number, kids[^1].ValueKind);
            Assert.Contains(kids, k => k.ValueKind == JsonValueKind.Object && k.GetProperty("/Type").GetString() == "/OBJR");
        }
    }

    [Fact]
    public void The_html_contents_is_a_nav_of_links_to_the_packs_headings()
    {
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Render("first").Single(f => f.EndsWith(".html", StringComparison.Ordinal))));
        var nav = Assert.Single(html.QuerySelectorAll("nav[aria-label='Contents']"));
        var links = nav.QuerySelectorAll("li > a").ToList();
        Assert.Equal(Entries, links.Select(a => a.TextContent));
        Assert.All(links, a => Assert.Matches("^h[1-4]$", html.GetElementById(a.GetAttribute("href")![1..])!.LocalName));
    }

    [Fact]
    public void The_docx_contents_is_a_toc_field_linking_each_entry_to_its_heading_bookmark()
    {
        var docx = Render("first").Single(f => f.EndsWith(".docx", StringComparison.Ordinal));
        using var word = WordprocessingDocument.Open(docx, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));

        var body = word.MainDocumentPart!.Document!.Body!;
        var codes = body.Descendants<FieldCode>().Select(c => c.Text.Trim()).ToList();
        Assert.Single(codes, c => c == "TOC \\o \"1-2\" \\h \\z");
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToHashSet(StringComparer.Ordinal);
        var links = body.Descendants<Hyperlink>().Where(h => h.Descendants<FieldCode>().Any(c => c.Text.Contains("PAGEREF", StringComparison.Ordinal))).ToList();
        Assert.Equal(Entries, links.Select(l => string.Concat(l.Descendants<Text>().Select(t => t.Text))));
        Assert.All(links, l =>
        {
            Assert.Contains(l.Anchor!.Value!, bookmarks);
            Assert.Contains(l.Descendants<FieldCode>(), c => c.Text.Trim() == $"PAGEREF {l.Anchor!.Value} \\h");
        });
        Assert.True(word.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()?.Val?.Value, "Word is asked to fill in the page numbers");
    }

    [Fact]
    public void A_second_render_of_the_bundle_gives_the_same_bytes()
    {
        var first = Render("first");
        var second = Render("second");
        Assert.Equal(first.Select(Path.GetFileName), second.Select(Path.GetFileName));
        foreach (var (a, b) in first.Zip(second))
        {
            Assert.True(File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b)), $"{Path.GetFileName(a)} differs between renders");
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>Each page's text as pdftotext lays it out, one string per page.</summary>
    private static List<string> Pages(string pdf)
    {
        var result = ExternalTool.Run("pdftotext", ["-layout", pdf, "-"]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        return [.. result.StandardOutput.Split('\f')];
    }

    private IReadOnlyList<string> Render(string run)
    {
        var folder = Path.Combine(root, run);
        Directory.CreateDirectory(folder);
        var store = FixtureStore.CreateFile(folder);
        var output = Path.Combine(folder, "output");
        var runner = new BatchRunner(ReportModelSources.All, ReportComponents.All, DocumentRenderers.CreateAll, "test-engine");
        var result = runner.Render(new BatchOptions(store, RepoPaths.Combine("reportdefs"), output, "rag-narrative-bundle", "Q01", null, 1, true), new Silent());
        Assert.Empty(result.Failures);
        return Directory.GetFiles(Path.Combine(output, "rag-narrative-bundle")).Order(StringComparer.Ordinal).ToList();
    }

    private sealed class Silent : IBatchProgress
    {
        public void Started(int documents)
        {
        }

        public void Finished(DocumentOutcome outcome)
        {
        }
    }
}
