using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout;
using static PlanReports.Pdf.Tests.Fixtures.TestDocuments;

namespace PlanReports.Pdf.Tests.Layout;

/// <summary>The structure tree of a title and of a list inside a table cell.</summary>
public sealed class StructureTests
{
    [Fact]
    public void The_document_title_is_tagged_h1_and_bookmarked_so_the_first_heading_is_h1()
    {
        var layout = LayoutOf(Of(
            new Paragraph([new TextRun("Better Care Fund plan: Alphashire")], Style: ParagraphStyle.Title),
            new Heading(2, [new TextRun("The partners")]),
            P("Text.")));

        var headings = Nodes(layout.Root).Where(n => n.Type.StartsWith('H')).Select(n => n.Type).ToList();
        Assert.Equal(["H1", "H2"], headings);
        Assert.Equal((1, "Better Care Fund plan: Alphashire"), (layout.Outlines[0].Level, layout.Outlines[0].Title));
    }

    [Fact]
    public void A_list_in_a_table_cell_is_an_l_with_one_li_per_item_inside_the_td_and_each_item_has_its_bullet()
    {
        var list = new ListBlock(false, [new ListItem([P("protection for adult social care")]), new ListItem([P("7-day services")])]);
        var cell = new TableCell([P("Progress against four of the national conditions:"), list]);
        var table = new Table([new TableColumn(1), new TableColumn(3)], [new TableRow([TableCell.Text("When", CellScope.Column), TableCell.Text("Paid for", CellScope.Column)])], [new TableRowGroup(null, [new TableRow([TableCell.Text("April 2015"), cell])])]);

        var layout = LayoutOf(Of(table));

        var td = Nodes(layout.Root).Where(n => n.Type == "TD").Last();
        var l = Assert.Single(Children(td), n => n.Type == "L");
        Assert.Equal(2, Children(l).Count(n => n.Type == "LI"));
        var text = TextByPage(layout).Single();
        Assert.Equal(2, text.Count(t => t == "\u2022"));
        Assert.Contains("protection for adult social care", text);
    }

    private static IEnumerable<StructNode> Children(StructNode node) => node.Kids.OfType<StructNodeKid>().Select(k => k.Node);

    private static IEnumerable<StructNode> Nodes(StructNode node) => Children(node).SelectMany(c => Nodes(c).Prepend(c));
}
