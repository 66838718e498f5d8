using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout;
using PlanReports.Pdf.Layout.Text;
using static PlanReports.Pdf.Tests.Fixtures.TestDocuments;

namespace PlanReports.Pdf.Tests.Layout;

public sealed class PaginationTests
{
    public static TheoryData<int> FillerCounts => [.. Enumerable.Range(24, 14)];

    [Theory]
    [MemberData(nameof(FillerCounts))]
    public void A_long_paragraph_split_across_pages_keeps_at_least_two_lines_on_each(int fillers)
    {
        var filler = Enumerable.Range(0, fillers).Select(_ => (Block)P("Filler line.")).ToList();

        var layout = LayoutOf(Of([.. filler, P(Words(120)), P("After.")]));

        var perPage = BodyText(layout).Select(ops => ops.Count(t => TextDrawing.TextOf(t.Glyphs).StartsWith("assurance", StringComparison.Ordinal))).Where(n => n > 0).ToList();
        Assert.True(perPage.Count >= 1);
        Assert.All(perPage, n => Assert.True(n >= 2, $"lines per page: {string.Join(", ", perPage)}"));
        Assert.Equal(layout.Pages.Count, BodyText(layout).Count);
    }

    [Theory]
    [MemberData(nameof(FillerCounts))]
    public void A_heading_is_never_the_last_thing_on_a_page(int fillers)
    {
        var filler = Enumerable.Range(0, fillers).Select(_ => (Block)P("Filler line.")).ToList();

        var layout = LayoutOf(Of([.. filler, new Heading(2, [new TextRun("Key risks")]), P(Words(40))]));

        var page = TextByPage(layout).Single(p => p.Contains("Key risks"));
        var after = page[(page.IndexOf("Key risks") + 1)..];
        Assert.Contains(after, t => t.StartsWith("assurance", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FillerCounts))]
    public void A_heading_goes_to_the_next_page_with_a_figure_that_does_not_fit_below_it(int fillers)
    {
        var filler = Enumerable.Range(0, fillers).Select(_ => (Block)P("Filler line.")).ToList();
        var bars = Enumerable.Range(0, 12).Select(i => new Bar($"Cluster {i}", 50 + i, Colour.Black)).ToList();
        var figure = new Figure("Twelve bars", "Ratings by cluster", new BarChart(bars, 100));

        var layout = LayoutOf(Of([.. filler, new Heading(2, [new TextRun("Chart heading")]), figure]));

        var pages = TextByPage(layout);
        var headingPage = pages.FindIndex(p => p.Contains("Chart heading"));
        Assert.True(pages[headingPage].Count > pages[headingPage].IndexOf("Chart heading") + 1, "the heading ends its page alone");
        Assert.Contains(pages[headingPage], t => t.StartsWith("Cluster 0", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FillerCounts))]
    public void A_keep_together_group_is_never_split(int fillers)
    {
        var filler = Enumerable.Range(0, fillers).Select(_ => (Block)P("Filler line.")).ToList();
        string[] lines = ["First of the group.", "Second.", "Third.", "Fourth.", "Fifth."];
        var group = new KeepTogether(lines.Select(l => (Block)P(l)).ToList());

        var layout = LayoutOf(Of([.. filler, group]));

        var page = TextByPage(layout).Single(p => p.Contains(lines[0]));
        Assert.Equal(lines, page.Where(lines.Contains));
    }

    [Theory]
    [MemberData(nameof(FillerCounts))]
    public void A_table_caption_and_header_never_end_a_page_without_a_row(int fillers)
    {
        var filler = Enumerable.Range(0, fillers).Select(_ => (Block)P("Filler line.")).ToList();
        var rows = Enumerable.Range(1, 4).Select(i => new TableRow([TableCell.Text($"Row {i}"), TableCell.Text(Words(12))])).ToList();
        var table = new Table([new TableColumn(1), new TableColumn(3)], [new TableRow([TableCell.Text("Quarter", CellScope.Column), TableCell.Text("Comment", CellScope.Column)])], [new TableRowGroup(null, rows)], "Trajectory");

        var layout = LayoutOf(Of([.. filler, table]));

        var page = TextByPage(layout).First(p => p.Contains("Trajectory"));
        Assert.Contains("Row 1", page);
    }

    [Fact]
    public void Table_header_rows_repeat_on_every_page_the_table_reaches_as_artifacts()
    {
        var rows = Enumerable.Range(1, 120).Select(i => new TableRow([TableCell.Text($"Row {i}"), TableCell.Text("Value")])).ToList();
        var table = new Table([new TableColumn(1), new TableColumn(1)], [new TableRow([TableCell.Text("Indicator", CellScope.Column), TableCell.Text("Status", CellScope.Column)])], [new TableRowGroup(null, rows)]);

        var layout = LayoutOf(Of(table));

        Assert.True(layout.Pages.Count >= 3);
        foreach (var page in layout.Pages)
        {
            var header = page.Ops.First(o => o.Op is TextOp t && TextDrawing.TextOf(t.Glyphs) == "Indicator");
            Assert.Equal(page.Index == 0 ? ArtifactKind.None : ArtifactKind.Layout, header.Artifact);
        }

        var allRows = TextByPage(layout).SelectMany(p => p).Where(t => t.StartsWith("Row ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"Row {i}"), allRows);
    }

    [Fact]
    public void A_table_row_taller_than_a_page_is_split_and_continues()
    {
        var tall = new TableCell([P(Words(1200))]);
        var table = new Table([new TableColumn(1)], [], [new TableRowGroup(null, [new TableRow([tall])])]);

        var layout = LayoutOf(Of(table));

        Assert.True(layout.Pages.Count >= 2);
        var words = TextByPage(layout).SelectMany(p => p).Sum(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(1200, words);
    }

    [Fact]
    public void A_group_label_row_never_ends_a_page_alone_it_moves_to_the_next_with_its_group()
    {
        // Groups of different sizes, so across the pages some label falls where the page runs out.
        var groups = Enumerable.Range(1, 60)
            .Select(g => new TableRowGroup($"Cluster {g}", Enumerable.Range(1, 1 + (g % 4))
                .Select(r => new TableRow([TableCell.Text($"PCT {g}.{r}"), TableCell.Text("Green")])).ToList()))
            .ToList();
        var table = new Table([new TableColumn(3), new TableColumn(1)], [new TableRow([TableCell.Text("PCT", CellScope.Column), TableCell.Text("Rating", CellScope.Column)])], groups);

        var pages = BodyText(LayoutOf(Of(P(Words(30)), table)));

        Assert.True(pages.Count >= 3);
        foreach (var page in pages.Take(pages.Count - 1))
        {
            Assert.DoesNotMatch(@"^Cluster \d+$", TextDrawing.TextOf(page[^1].Glyphs).Trim());
        }

        // Every label is still there, once, right before its group's first row.
        var all = pages.SelectMany(p => p).Select(t => TextDrawing.TextOf(t.Glyphs).Trim()).ToList();
        Assert.All(Enumerable.Range(1, 60), g => Assert.Equal($"PCT {g}.1", all[all.IndexOf($"Cluster {g}") + 1]));
    }

    [Fact]
    public void Page_x_of_y_appears_on_every_page_in_the_footer()
    {
        var page = PageSetup.A4Portrait with
        {
            Footer = new RunningContent([new RunningLine([new TextRun("Page "), new PageNumberField(PageNumberKind.Current), new TextRun(" of "), new PageNumberField(PageNumberKind.Total)])]),
        };

        var layout = LayoutOf(WithPage(page, P(Words(2000))));

        var total = layout.Pages.Count;
        Assert.True(total >= 3);
        foreach (var p in layout.Pages)
        {
            var footer = string.Concat(p.Ops.Where(o => o.Artifact == ArtifactKind.Footer).Select(o => o.Op).OfType<TextOp>().Select(t => TextDrawing.TextOf(t.Glyphs)));
            Assert.Equal($"Page {p.Index + 1} of {total}", footer);
        }
    }

    [Fact]
    public void A_section_that_starts_on_a_new_page_does_so_without_leaving_an_empty_page()
    {
        var layout = LayoutOf(Of(P("Before."), new Section([P("Inside.")], StartOnNewPage: true), new PageBreak(), new Section([P("After.")], StartOnNewPage: true)));

        Assert.Equal([["Before."], ["Inside."], ["After."]], TextByPage(layout));
    }

    [Fact]
    public void The_letterhead_is_drawn_on_page_one_only()
    {
        var page = PageSetup.A4Portrait with { FirstPageLetterhead = [P("Department of Health")] };

        var layout = LayoutOf(WithPage(page, P(Words(1500))));

        var text = TextByPage(layout);
        Assert.Equal("Department of Health", text[0][0]);
        Assert.DoesNotContain("Department of Health", text.Skip(1).SelectMany(t => t));
    }

    [Fact]
    public void A_figure_taller_than_the_page_is_an_error_naming_the_figure_and_its_source()
    {
        var bars = Enumerable.Range(0, 80).Select(i => new Bar($"Bar {i}", i, Colour.Black)).ToList();
        var figure = new Figure("Eighty bars", "Too tall", new BarChart(bars, 100)) { Source = new SourceRef("rag-pack", "template.md", 42) };

        var error = Assert.Throws<InvalidOperationException>(() => LayoutOf(Of(figure)));

        Assert.Contains("figure \"Too tall\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("rag-pack: template.md line 42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shaded_cells_get_text_with_at_least_4_5_to_1_contrast()
    {
        var dark = Colour.FromHex("003087");
        var table = new Table([new TableColumn(1)], [], [new TableRowGroup(null, [new TableRow([new TableCell([P("On dark blue")], Shading: dark)])])]);

        var layout = LayoutOf(Of(table));

        var text = layout.Pages[0].Ops.Select(o => o.Op).OfType<TextOp>().Single();
        Assert.True(text.Colour.ContrastWith(dark) >= 4.5, $"contrast {text.Colour.ContrastWith(dark):0.0}");
    }

    [Fact]
    public void Links_become_annotations_under_a_link_element_and_internal_links_resolve_to_headings()
    {
        var document = Of(
            new Paragraph([new TextRun("See "), new Link("#risks", [new TextRun("the risks")]), new TextRun(" and "), new Link("https://www.gov.uk/", [new TextRun("GOV.UK")])]),
            new Heading(2, [new TextRun("Risks")], "risks"));

        var layout = LayoutOf(document);

        var links = layout.Pages[0].Links;
        Assert.Equal(["#risks", "https://www.gov.uk/"], links.Select(l => l.Target));
        Assert.All(links, l => Assert.Equal("Link", l.Node!.Type));
        Assert.True(layout.Destinations.ContainsKey("risks"));
        Assert.Equal("Risks", Assert.Single(layout.Outlines).Title);
    }
}
