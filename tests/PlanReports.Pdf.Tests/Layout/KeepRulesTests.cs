using PlanReports.Documents.Model;
using static PlanReports.Pdf.Tests.Fixtures.TestDocuments;

namespace PlanReports.Pdf.Tests.Layout;

/// <summary>
/// What the layout keeps on one page, tried at every filler length that puts the boundary somewhere in the group:
/// a heading with its introduction and its table's first row, a sentence ending in a colon with what it introduces,
/// and a letter's last paragraph with its signature.
/// </summary>
public sealed class KeepRulesTests
{
    public static TheoryData<int> FillerCounts => [.. Enumerable.Range(24, 16)];

    [Theory]
    [MemberData(nameof(FillerCounts))]
    public void A_heading_its_introduction_and_the_first_row_of_its_table_share_a_page(int fillers)
    {
        var layout = LayoutOf(Of([.. Filler(fillers), new Heading(2, [new TextRun("Agreed trajectories")]), P(Words(30, "introduction")), Table()]));

        var page = TextByPage(layout).Single(p => p.Contains("Agreed trajectories"));
        Assert.Contains(page, t => t.StartsWith("introduction", StringComparison.Ordinal));
        Assert.Contains("Row 1", page);
    }

    [Theory]
    [MemberData(nameof(FillerCounts))]
    public void A_sentence_that_ends_with_a_colon_stays_with_the_first_row_of_the_table_it_introduces(int fillers)
    {
        var layout = LayoutOf(Of([.. Filler(fillers), P(Words(20, "paid") + " as follows:"), Table()]));

        var pages = TextByPage(layout);
        var page = pages.Single(p => p.Any(t => t.EndsWith("follows:", StringComparison.Ordinal)));
        Assert.Contains("Row 1", page);
    }

    [Theory]
    [MemberData(nameof(FillerCounts))]
    public void A_signature_never_stands_alone_on_a_page_it_keeps_the_last_paragraph_with_it(int fillers)
    {
        var signature = new SignatureBlock("Yours sincerely", "David Flory", "Deputy Chief Executive", "Department of Health");
        var layout = LayoutOf(Of([.. Filler(fillers), P(Words(25, "thanks")), signature]));

        var page = TextByPage(layout).Single(p => p.Contains("Yours sincerely"));
        Assert.Contains(page, t => t.StartsWith("thanks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_that_introduces_nothing_may_end_a_page_with_its_table_starting_the_next()
    {
        // The control: without a heading before it or a colon at its end, a paragraph fills the page as usual.
        var split = Enumerable.Range(24, 16).Count(fillers =>
        {
            var pages = TextByPage(LayoutOf(Of([.. Filler(fillers), P(Words(10, "ordinary")), Table()])));
            return !pages.Single(p => p.Any(t => t.StartsWith("ordinary", StringComparison.Ordinal))).Contains("Row 1");
        });

        Assert.True(split > 0);
    }

    private static List<Block> Filler(int count) => Enumerable.Range(0, count).Select(_ => (Block)P("Filler line.")).ToList();

    private static Table Table()
    {
        var rows = Enumerable.Range(1, 4).Select(i => new TableRow([TableCell.Text($"Row {i}"), TableCell.Text(Words(12))])).ToList();
        return new Table(
            [new TableColumn(1), new TableColumn(3)],
            [new TableRow([TableCell.Text("Quarter", CellScope.Column), TableCell.Text("Comment", CellScope.Column)])],
            [new TableRowGroup(null, rows)],
            "Trajectory");
    }
}
