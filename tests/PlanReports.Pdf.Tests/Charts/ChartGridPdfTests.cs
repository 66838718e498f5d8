using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using PlanReports.Testing.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PlanReports.Pdf.Tests.Charts;

/// <summary>
/// Small multiples in the PDF: one Figure per chart with its Alt and a bounding box in its column, after the grid's
/// one legend (a Figure whose Alt is the key in words); a row of charts is never split across pages, and the grid's
/// caption never stands at the foot of a page without its first row.
/// </summary>
public sealed class ChartGridPdfTests
{
    private static readonly string[] Areas = ["Alpha North", "Alpha South", "Beta East", "Beta West"];

    [Fact]
    public void Each_cell_is_a_figure_with_its_alt_side_by_side_after_the_legend()
    {
        var grid = SampleCharts.Grid();
        using var document = PdfDocument.Open(Render(Document(grid, fillerLines: 0)));
        var figures = StructureTree.Elements(document, "Figure");

        Assert.Equal(
            [ChartGridLayout.LegendText(ChartGridLayout.SharedLegend(grid)!), .. grid.Charts.Select(c => c.AltText)],
            figures.Select(f => StructureTree.Text(document, f, "Alt")));
        var boxes = figures.Skip(1).Select(f =>
        {
            var attributes = (DictionaryToken)StructureTree.Resolve(document, f.Data["A"]);
            return ((ArrayToken)StructureTree.Resolve(document, attributes.Data["BBox"])).Data.Cast<NumericToken>().Select(n => n.Double).ToList();
        }).ToList();

        // Two columns: the cells of a row share their top, the second starts right of the first's end.
        Assert.Equal(boxes[0][3], boxes[1][3], 3);
        Assert.True(boxes[1][0] > boxes[0][2], $"{boxes[1][0]} is not right of {boxes[0][2]}");
        Assert.True(boxes[2][3] < boxes[0][1], "the second row is not below the first");
    }

    [Fact]
    public void A_row_of_charts_is_never_split_across_pages_and_the_caption_keeps_with_the_first_row()
    {
        // Push the grid down the page a few lines at a time, so every row at some point meets the foot of a page.
        for (var filler = 0; filler <= 44; filler += 4)
        {
            using var document = PdfDocument.Open(Render(Document(SampleCharts.Grid(), filler)));
            int PageOf(string text) => document.GetPages().Single(p => p.Text.Contains(text, StringComparison.Ordinal)).Number;

            Assert.Equal(PageOf(Areas[0]), PageOf(Areas[1]));
            Assert.Equal(PageOf(Areas[2]), PageOf(Areas[3]));
            Assert.Equal(PageOf("the PCTs by month"), PageOf(Areas[0]));
        }
    }

    private static Document Document(ChartGrid grid, int fillerLines) => new(
        new DocumentMetadata("Grid", "PlanReports tests", "Small multiples", new DateOnly(2012, 5, 4)),
        PageSetup.A4Portrait,
        [
            new Heading(1, [new TextRun("Grid")]),
            .. Enumerable.Range(1, fillerLines).Select(i => new Paragraph([new TextRun($"Filler line {i} pushes the grid down the page.")])),
            grid,
        ]);

    private static byte[] Render(Document document)
    {
        using var renderer = new PdfRenderer();
        using var stream = new MemoryStream();
        renderer.Render(document, stream);
        return stream.ToArray();
    }
}
