using PlanReports.Documents.Html;
using PlanReports.Documents.Model;
using PlanReports.Testing.Documents;

namespace PlanReports.Documents.Tests.Html;

/// <summary>Data that looks like markup stays text: nothing from a document can add elements, attributes or scripts.</summary>
public sealed class HtmlRendererEscapingTests
{
    private const string Script = "<script>alert('x')</script>";
    private const string Quotes = "He said \"no\" & 'never' <b>bold</b>";

    private static readonly Document Hostile = new(
        new DocumentMetadata($"Title {Script}", $"Author \" onload=\"alert(1)", Quotes, new DateOnly(2012, 5, 4), Reference: "</title><script>x</script>"),
        PageSetup.A4Portrait with
        {
            Header = new RunningContent([new RunningLine([new TextRun("</style><script>alert(1)</script>\" } body { display:none")])]),
        },
        [
            new Heading(1, [new TextRun(Script)], Id: "x\" onclick=\"alert(1)"),
            new Paragraph(
            [
                new TextRun(Quotes),
                new Link("javascript:alert(1)", [new TextRun("click me")]),
                new Link("JaVaScRiPt:alert(2)", [new TextRun("and me")]),
                new Link("data:text/html,<script>alert(3)</script>", [new TextRun("or me")]),
                new Link("https://example.org/?q=\"><script>alert(4)</script>", [new TextRun("safe")]),
                new Badge(Script, RepresentativeDocument.Green, Colour.White),
            ]),
            new Table([new TableColumn(1)], [new TableRow([TableCell.Text(Script)])], [new TableRowGroup(Script, [new TableRow([TableCell.Text(Quotes)])])], Caption: Script),
            new KeyValueList([new KeyValueItem(Script, [new TextRun(Quotes)])]),
            new AddressBlock([Script, Quotes]),
            new SignatureBlock(Script, Quotes, Script, Quotes),
            new Figure($"alt \" {Script}", Script, new BarChart([new Bar(Script, 1, Colour.Black)], 2, 1, Script, "N0")),
        ]);

    private static readonly string Html = new HtmlRenderer().RenderToString(Hostile);

    [Fact]
    public void No_script_element_or_event_attribute_reaches_the_page()
    {
        var dom = HtmlStructure.Parse(Html);

        Assert.Empty(dom.QuerySelectorAll("script, b"));
        Assert.DoesNotContain(dom.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Single(dom.QuerySelectorAll("style"));
    }

    [Fact]
    public void Data_reads_back_as_the_exact_text_it_was()
    {
        var dom = HtmlStructure.Parse(Html);

        Assert.Equal($"Title {Script}", dom.Title);
        Assert.Equal($"Author \" onload=\"alert(1)", dom.QuerySelector("meta[name=author]")!.GetAttribute("content"));
        Assert.Equal(Script, dom.QuerySelector("h1")!.TextContent);
        Assert.Equal("x\" onclick=\"alert(1)", dom.QuerySelector("h1")!.Id);
        Assert.Equal(Script, dom.QuerySelector("caption")!.TextContent);
        Assert.Equal(Script, dom.QuerySelector("span.badge")!.TextContent);
        Assert.Equal($"alt \" {Script}", dom.QuerySelector("svg")!.GetAttribute("aria-label"));
        Assert.StartsWith(Quotes, dom.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_http_https_mailto_and_anchor_links_become_links_others_stay_text()
    {
        var dom = HtmlStructure.Parse(Html);

        var links = dom.QuerySelectorAll("a");
        Assert.Equal(["https://example.org/?q=\"><script>alert(4)</script>"], links.Select(a => a.GetAttribute("href")));
        Assert.Contains("click me", dom.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("or me", dom.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_text_in_the_print_stylesheet_cannot_close_the_style_element()
    {
        var dom = HtmlStructure.Parse(Html);
        var css = dom.QuerySelector("style")!.TextContent;

        Assert.Contains("@top-left { content: \"\\3C /style\\3E \\3C script\\3E alert(1)\\3C /script\\3E \\\" } body { display:none\";", css, StringComparison.Ordinal);
        Assert.DoesNotContain("</style", css, StringComparison.OrdinalIgnoreCase);
    }
}
