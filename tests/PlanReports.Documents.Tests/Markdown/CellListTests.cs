using PlanReports.Documents.Html;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Markdown;

/// <summary>A bulleted list inside a pipe-table cell, written with {-} before each item.</summary>
public sealed class CellListTests
{
    private static readonly MarkdownConverter Converter = new([]);

    private const string Markdown = """
        | When | Paid for |
        |:-----|:---------|
        | April 2015 | Progress against four of the national conditions: {-} protection for adult social care services {-} providing **7-day** services {-} agreement on the impact of changes in the acute sector; |
        | Data | A value with \{-\} escaped braces stays text |

        After the table {-} stays text.
        """;

    [Fact]
    public void Markers_in_a_cell_make_an_introducing_paragraph_and_a_bulleted_list_with_the_items_emphasis_kept()
    {
        var table = (Table)Converter.Convert(Markdown, "r", "t.md", null)[0];

        var cell = table.BodyRows.First().Cells[1];
        var introduction = Assert.IsType<Paragraph>(cell.Blocks[0]);
        Assert.Equal("Progress against four of the national conditions:", Text(introduction.Inlines));
        var list = Assert.IsType<ListBlock>(cell.Blocks[1]);
        Assert.False(list.Ordered);
        Assert.Equal(
            ["protection for adult social care services", "providing 7-day services", "agreement on the impact of changes in the acute sector;"],
            list.Items.Select(i => Text(((Paragraph)i.Blocks.Single()).Inlines)));
        Assert.Contains(((Paragraph)list.Items[1].Blocks[0]).Inlines, i => i is TextRun { Text: "7-day", Bold: true });
    }

    [Fact]
    public void Escaped_braces_from_data_and_markers_outside_tables_stay_text()
    {
        var blocks = Converter.Convert(Markdown, "r", "t.md", null);

        var data = ((Table)blocks[0]).BodyRows.Last().Cells[1];
        Assert.Equal("A value with {-} escaped braces stays text", Text(((Paragraph)data.Blocks.Single()).Inlines));
        Assert.Equal("After the table {-} stays text.", Text(((Paragraph)blocks[1]).Inlines));
    }

    [Fact]
    public void The_html_of_a_cell_list_is_a_ul_inside_the_td()
    {
        var blocks = Converter.Convert(Markdown, "r", "t.md", null);
        var document = new Document(new DocumentMetadata("T", "A", "S", new DateOnly(2014, 4, 4)), PageSetup.A4Portrait, blocks);

        var html = new HtmlRenderer().RenderToString(document);

        Assert.Contains("<td>\n<p class=\"keep-with-next\">Progress against four of the national conditions:</p>\n<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>protection for adult social care services</li>", html, StringComparison.Ordinal);
    }

    private static string Text(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i is TextRun r ? r.Text : string.Empty));
}
