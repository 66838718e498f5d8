using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;

namespace PlanReports.Docx.Tests;

/// <summary>
/// Paragraphs, table rows and cells written by <see cref="ContainerElement"/>s are byte for byte what the Open XML SDK
/// writes for its Paragraph, TableRow and TableCell with the same children, whether the children write themselves or
/// are SDK elements (bookmarks, links, row properties).
/// </summary>
public sealed class ContainerElementTests
{
    [Fact]
    public void An_empty_paragraph_matches_the_sdk() =>
        Assert.Equal(Saved(new Paragraph()), Saved(new ParagraphElement()));

    [Fact]
    public void A_paragraph_of_runs_bookmarks_and_a_link_matches_the_sdk()
    {
        var sdk = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }, new KeepNext()),
            new BookmarkStart { Id = "1", Name = "_pr_domains" },
            Run("Domains & ratings", bold: true),
            new BookmarkEnd { Id = "1" },
            new Hyperlink(Run("see the annex", bold: false)) { Anchor = "_pr_annex" });
        var own = new ParagraphElement(new ParagraphPropertiesElement { StyleId = "Heading2", KeepNext = true });
        own.Append(
            new BookmarkStart { Id = "1", Name = "_pr_domains" },
            new TextRunElement("Domains & ratings") { Bold = true },
            new BookmarkEnd { Id = "1" },
            new Hyperlink(new TextRunElement("see the annex")) { Anchor = "_pr_annex" });

        var expected = Saved(sdk);
        Assert.Equal(expected, Saved(own));
        Assert.Equal(expected, Saved(own.CloneNode(true)));
    }

    [Fact]
    public void A_table_row_of_cells_matches_the_sdk()
    {
        var sdk = new Table(new TableRow(
            new TableRowProperties(new TableHeader(), new CantSplit()),
            new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Width = "4535", Type = TableWidthUnitValues.Dxa },
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E8EDEE" }),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), Run("Domain", bold: true))),
            new TableCell(
                new TableCellProperties(new TableCellWidth { Width = "1928", Type = TableWidthUnitValues.Dxa }),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" })))));
        var own = new Table(new TableRowElement(
            new TableRowProperties(new TableHeader(), new CantSplit()),
            Cell(new TableCellPropertiesElement(4535, 1, "E8EDEE"), new TextRunElement("Domain") { Bold = true }),
            Cell(new TableCellPropertiesElement(1928, 1, null))));

        var expected = Saved(sdk);
        Assert.Equal(expected, Saved(own));
        Assert.Equal(expected, Saved(own.CloneNode(true)));
    }

    [Fact]
    public void Paragraphs_and_rows_inside_a_table_are_found_by_the_walks_the_keep_rules_use()
    {
        var cell = new TableCellElement(new TableCellPropertiesElement(100, 1, null));
        cell.Append(new ParagraphElement(new ParagraphPropertiesElement()), new ParagraphElement());
        var table = new Table(new TableRowElement(cell), new TableRowElement(Cell(new TableCellPropertiesElement(100, 1, null))));
        Assert.Equal(3, table.Descendants<ParagraphElement>().Count());
        Assert.Equal(2, table.Elements<TableRowElement>().Count());
        Assert.Same(Tables.RowProperties((TableRowElement)table.LastChild!), Tables.RowProperties((TableRowElement)table.LastChild!));
    }

    private static TableCellElement Cell(TableCellPropertiesElement properties, params OpenXmlElement[] runs)
    {
        var cell = new TableCellElement(properties);
        var paragraph = new ParagraphElement(new ParagraphPropertiesElement { StyleId = "TableText" });
        paragraph.Append(runs);
        cell.Append(paragraph);
        return cell;
    }

    private static Run Run(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.RunProperties = new RunProperties { Bold = new Bold() };
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static string Saved(OpenXmlElement paragraph)
    {
        var document = new Document(new Body(paragraph));
        using var stream = new MemoryStream();
        document.Save(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
