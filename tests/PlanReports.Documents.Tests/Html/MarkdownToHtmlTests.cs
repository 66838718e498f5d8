using PlanReports.Documents.Html;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Documents.Tests.Markdown;
using PlanReports.Testing.Documents;

namespace PlanReports.Documents.Tests.Html;

/// <summary>The two stages together: a template's Markdown becomes the HTML a reader sees.</summary>
public sealed class MarkdownToHtmlTests
{
    [Fact]
    public void Template_constructs_become_their_semantic_elements()
    {
        var markdown = File.ReadAllText(MarkdownConverterGoldenTests.CasePath("blocks"))
            + "\n" + File.ReadAllText(MarkdownConverterGoldenTests.CasePath("tables"))
            + "\n" + File.ReadAllText(MarkdownConverterGoldenTests.CasePath("lists"));
        var body = new MarkdownConverter([]).Convert(markdown, "test-report", "all.md", null);
        var document = new Document(RepresentativeDocument.Letter().Metadata, PageSetup.A4Portrait, body);

        var dom = HtmlStructure.Parse(new HtmlRenderer().RenderToString(document));

        Assert.Equal([1, 2, 3], HtmlStructure.HeadingLevels(dom));
        Assert.Equal("top", dom.QuerySelector("h1")!.Id);
        Assert.Equal("Please read this carefully.", dom.QuerySelector("p.notice")!.TextContent);
        Assert.Equal("4 May 2012", dom.QuerySelector("p.align-right")!.TextContent);
        Assert.NotNull(dom.QuerySelector("hr.page-break"));
        Assert.Equal("The four parts of the submission", dom.QuerySelector("table caption")!.TextContent);
        Assert.Equal(["col", "col", "col"], dom.QuerySelectorAll("table")[0].QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")));
        Assert.Equal("align-right", dom.QuerySelectorAll("table")[0].QuerySelector("tbody td:last-child")!.ClassName);
        Assert.Equal("3", dom.QuerySelectorAll("ol")[1].GetAttribute("start"));
        var hardBreaks = dom.QuerySelectorAll("p").Single(p => p.TextContent.Contains("A hard break follows", StringComparison.Ordinal));
        Assert.Equal(2, hardBreaks.QuerySelectorAll("br").Length);
    }
}
