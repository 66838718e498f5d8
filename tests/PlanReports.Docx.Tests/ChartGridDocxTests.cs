using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using Document = PlanReports.Documents.Model.Document;
using Heading = PlanReports.Documents.Model.Heading;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using TextRun = PlanReports.Documents.Model.TextRun;
using PlanReports.Testing.Documents;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PlanReports.Docx.Tests;

/// <summary>
/// Small multiples in the DOCX: native charts side by side in a borderless layout table whose rows never split, each
/// chart a part of its own with its alt text and the grid's shared axis; one key in words above, no legend per chart.
/// </summary>
public sealed class ChartGridDocxTests
{
    private static readonly ChartGrid Grid = SampleCharts.Grid();

    private static readonly byte[] Docx = DocxFiles.Render(new Document(
        new DocumentMetadata("Grid", "PlanReports tests", "Small multiples", new DateOnly(2012, 5, 4)),
        PageSetup.A4Portrait,
        [new Heading(1, [new TextRun("Grid")]), Grid]));

    [Fact]
    public void Each_cell_is_a_valid_native_chart_with_its_alt_text_in_a_layout_table_of_two_columns()
    {
        using var word = DocxFiles.Open(Docx);
        var body = word.MainDocumentPart!.Document.Body!;
        var table = body.Elements<Table>().Single();

        DocxFiles.AssertValid(word);
        Assert.Equal(4, word.MainDocumentPart.ChartParts.Count());
        Assert.Equal(Grid.Charts.Select(c => c.AltText), body.Descendants<Wp.DocProperties>().Select(p => p.Description?.Value));
        Assert.Equal("LayoutTable", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        Assert.Equal(Grid.Caption, table.GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value);
        Assert.Equal(2, table.Elements<TableRow>().Count());
        Assert.All(table.Elements<TableRow>(), r =>
        {
            Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>());
            Assert.Equal(2, r.Elements<TableCell>().Count(c => c.Descendants<Drawing>().Any()));
        });
        Assert.Equal(["Alpha North", "Alpha South", "Beta East", "Beta West"], table.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
    }

    [Fact]
    public void The_charts_share_one_axis_and_one_key_in_words_instead_of_a_legend_each()
    {
        using var word = DocxFiles.Open(Docx);
        var parts = word.MainDocumentPart!.ChartParts.ToList();
        var scale = ChartLayout.Scale(Grid.Charts[0]);
        var paragraphs = word.MainDocumentPart.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.All(parts, p => Assert.Empty(p.ChartSpace.Descendants<C.Legend>()));
        Assert.All(parts, p => Assert.Equal(scale.Maximum, p.ChartSpace.Descendants<C.MaxAxisValue>().Single().Val!.Value));
        Assert.All(parts, p => Assert.Equal(scale.Minimum, p.ChartSpace.Descendants<C.MinAxisValue>().Single().Val!.Value));
        Assert.Contains(Grid.Caption, paragraphs);
        Assert.Contains("Key to the charts: Planned, solid line with circles; Actual, dashed line with squares; National standard 95.0%, black dashed line.", paragraphs);
    }
}
