using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Tests.Samples;
using PlanReports.Documents.Rendering;
using M = PlanReports.Documents.Model;

namespace PlanReports.Docx.Tests;

/// <summary>Tables: repeating header rows, widths from relative widths, row groups, shading with readable text, figures.</summary>
public sealed class DocxTableTests
{
    private static readonly DocumentTheme Theme = DocumentTheme.Default;

    [Fact]
    public void Header_rows_repeat_on_every_page_and_do_not_split()
    {
        var table = AssuranceTable();
        var header = table.Elements<TableRow>().First();

        Assert.NotNull(header.TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.NotNull(header.TableRowProperties.GetFirstChild<CantSplit>());
        Assert.Single(table.Elements<TableRow>(), r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null);
        Assert.Equal("Table 1: assurance of the four parts of the submission", table.GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value);
    }

    [Fact]
    public void Column_widths_share_the_text_width_in_proportion_and_add_up_exactly()
    {
        var table = AssuranceTable();
        var page = M.PageSetup.A4Portrait;
        var textWidth = (int)Math.Round(page.Width * 20) - (int)Math.Round(page.Margins.Left * 20) - (int)Math.Round(page.Margins.Right * 20);
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(textWidth, grid.Sum());
        Assert.Equal(textWidth.ToString(CultureInfo.InvariantCulture), table.GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value);
        // Relative widths 3 : 1.2 : 4.
        Assert.InRange(grid[0], (textWidth * 3 / 8.2) - 1, (textWidth * 3 / 8.2) + 1);
        Assert.InRange(grid[1], (textWidth * 1.2 / 8.2) - 1, (textWidth * 1.2 / 8.2) + 1);
        var firstRowWidths = table.Elements<TableRow>().First().Elements<TableCell>().Select(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!, CultureInfo.InvariantCulture));
        Assert.Equal(grid, firstRowWidths);
    }

    [Fact]
    public void With_a_text_measure_no_column_is_narrower_than_its_longest_word_and_the_grid_still_adds_up()
    {
        var table = new M.Table(
            [new M.TableColumn(0.3), new M.TableColumn(6)],
            [new M.TableRow([M.TableCell.Text("Likelihood", M.CellScope.Column), M.TableCell.Text("Description", M.CellScope.Column)])],
            [new M.TableRowGroup(null, [new M.TableRow([M.TableCell.Text("3"), M.TableCell.Text("Delays in discharge")])])]);
        var document = new M.Document(new M.DocumentMetadata("Risks", "Test", "Widths", new DateOnly(2014, 4, 4)), M.PageSetup.A4Portrait, [table]);
        var page = M.PageSetup.A4Portrait;
        var textWidth = (int)Math.Round(page.Width * 20) - (int)Math.Round(page.Margins.Left * 20) - (int)Math.Round(page.Margins.Right * 20);

        using var word = DocxFiles.Open(DocxFiles.Render(document, new FixedMeasure()));
        var grid = word.MainDocumentPart!.Document!.Body!.Elements<Table>().Single().GetFirstChild<TableGrid>()!.Elements<GridColumn>()
            .Select(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)).ToList();

        // "Likelihood" is 10 bold characters of 6 pt, plus 4 pt padding each side: 69 pt, 1,380 twips.
        Assert.True(grid[0] >= 1380, $"first column {grid[0]} twips");
        Assert.Equal(textWidth, grid.Sum());
    }

    [Fact]
    public void A_list_in_a_cell_is_written_as_numbered_list_paragraphs_inside_the_cell_after_its_introduction()
    {
        var list = new M.ListBlock(false, [new M.ListItem([new M.Paragraph([new M.TextRun("protection for adult social care")])]), new M.ListItem([new M.Paragraph([new M.TextRun("7-day services")])])]);
        var cell = new M.TableCell([new M.Paragraph([new M.TextRun("Progress against four of the national conditions:")]), list]);
        var table = new M.Table([new M.TableColumn(1), new M.TableColumn(3)], [], [new M.TableRowGroup(null, [new M.TableRow([M.TableCell.Text("April 2015"), cell])])]);
        var document = new M.Document(new M.DocumentMetadata("Payments", "Test", "Cell list", new DateOnly(2014, 4, 4)), M.PageSetup.A4Portrait, [table]);

        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().Last().Elements<Paragraph>().ToList();

        Assert.Equal(["Progress against four of the national conditions:", "protection for adult social care", "7-day services"], paragraphs.Select(p => p.InnerText));
        Assert.Null(paragraphs[0].ParagraphProperties?.NumberingProperties);
        Assert.All(paragraphs.Skip(1), p => Assert.NotNull(p.ParagraphProperties?.NumberingProperties));
        DocxFiles.AssertValid(word);
    }

    /// <summary>Every character 5 pt wide, bold 6 pt.</summary>
    private sealed class FixedMeasure : ITextMeasure
    {
        public double Width(string text, bool bold, double size) => text.TrimEnd().Length * (bold ? 6 : 5);
    }

    [Fact]
    public void Row_groups_start_with_a_shaded_full_width_label_row_kept_with_the_next_row()
    {
        var rows = AssuranceTable().Elements<TableRow>().ToList();
        var label = rows.Single(r => r.InnerText == "Assured with conditions");
        var cell = label.Elements<TableCell>().Single();

        Assert.Equal(3, cell.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(Theme.TableHeaderFill.ToHex(), cell.TableCellProperties.Shading!.Fill!.Value);
        Assert.NotNull(cell.Descendants<Paragraph>().Single().ParagraphProperties!.KeepNext);
        Assert.NotNull(label.TableRowProperties!.GetFirstChild<CantSplit>());
    }

    [Fact]
    public void Rows_marked_keep_together_do_not_split_and_others_may()
    {
        var rows = AssuranceTable().Elements<TableRow>().ToList();

        Assert.NotNull(rows.Single(r => r.InnerText.StartsWith("Part 4", StringComparison.Ordinal)).TableRowProperties!.GetFirstChild<CantSplit>());
        Assert.Null(rows.Single(r => r.InnerText.StartsWith("Part 3", StringComparison.Ordinal)).TableRowProperties?.GetFirstChild<CantSplit>());
    }

    [Fact]
    public void Shaded_cells_and_badges_keep_their_text_at_least_4_5_to_1_against_the_fill()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var body = word.MainDocumentPart!.Document!.Body!;
        var checkedRuns = 0;
        foreach (var cell in body.Descendants<TableCell>().Where(c => c.TableCellProperties?.Shading?.Fill?.Value is not null))
        {
            var fill = M.Colour.FromHex(cell.TableCellProperties!.Shading!.Fill!.Value!);
            foreach (var run in cell.Descendants<Run>().Where(r => r.InnerText.Length > 0 && r.RunProperties?.Shading is null))
            {
                var colour = run.RunProperties?.Color?.Val?.Value is { } hex ? M.Colour.FromHex(hex) : Theme.Text;
                Assert.True(colour.ContrastWith(fill) >= 4.5, $"'{run.InnerText}' {colour.ToHex()} on {fill.ToHex()}");
                checkedRuns++;
            }
        }

        foreach (var badge in body.Descendants<Run>().Where(r => r.RunProperties?.Shading?.Fill?.Value is not null))
        {
            var fill = M.Colour.FromHex(badge.RunProperties!.Shading!.Fill!.Value!);
            var colour = M.Colour.FromHex(badge.RunProperties.Color!.Val!.Value!);
            Assert.True(colour.ContrastWith(fill) >= 4.5, $"badge '{badge.InnerText}' {colour.ToHex()} on {fill.ToHex()}");
            Assert.Contains(badge.InnerText.Trim('\u00A0'), new[] { "Green", "Amber", "Red" });
            checkedRuns++;
        }

        Assert.True(checkedRuns >= 8, $"only {checkedRuns} shaded runs found");
    }

    [Fact]
    public void A_badge_whose_colours_lack_contrast_gets_a_readable_text_colour()
    {
        var yellow = M.Colour.FromHex("#FFFF00");
        var document = new M.Document(SampleDocuments.LetterMetadata, M.PageSetup.A4Portrait, [new M.Paragraph([new M.Badge("Amber", yellow, M.Colour.White)])]);
        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var run = word.MainDocumentPart!.Document!.Body!.Descendants<Run>().Single();

        Assert.Equal("\u00A0Amber\u00A0", run.InnerText);
        Assert.True(M.Colour.FromHex(run.RunProperties!.Color!.Val!.Value!).ContrastWith(yellow) >= 4.5);
    }

    [Fact]
    public void Key_value_lists_are_borderless_two_column_tables_with_bold_keys()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        var rows = table.Elements<TableRow>().ToList();

        Assert.Equal("LayoutTable", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        Assert.Equal(["Our reference:", "Gateway reference 00000"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.NotNull(rows[0].Elements<TableCell>().First().Descendants<Run>().Single().RunProperties!.Bold);
    }

    [Fact]
    public void Figures_are_described_tables_of_bars_sized_to_their_values_with_the_caption_shown()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var body = word.MainDocumentPart!.Document!.Body!;
        var figure = body.Elements<Table>().Single(t => t.GetFirstChild<TableProperties>()!.TableDescription is not null);
        var properties = figure.GetFirstChild<TableProperties>()!;

        Assert.StartsWith("Bar chart of the share of patients", properties.TableDescription!.Val!.Value, StringComparison.Ordinal);
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "Figure 1: Referral to treatment within 18 weeks (per cent)" && p.ParagraphProperties!.ParagraphStyleId!.Val == "Caption");

        // The filled cells of each bar add up to value / maximum of the bar area (label 34 %, bars 52 %, values 14 %).
        var grid = figure.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)).ToList();
        var barArea = grid.Skip(1).Take(grid.Count - 2).Sum();
        foreach (var (label, value) in new[] { ("North", 92.1), ("South", 88.4), ("East", 95.0) })
        {
            var row = figure.Elements<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == label);
            var filled = row.Elements<TableCell>()
                .Where(c => c.TableCellProperties!.Shading?.Fill?.Value == "005EB8")
                .Sum(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!, CultureInfo.InvariantCulture));
            Assert.InRange(filled, (barArea * value / 100) - 2, (barArea * value / 100) + 2);
            Assert.Equal(value.ToString("N1", CultureInfo.InvariantCulture), row.Elements<TableCell>().Last().InnerText);
        }

        // The reference line (90 of 100) is a dashed right border at 90 % of the bar area on every row.
        foreach (var row in figure.Elements<TableRow>())
        {
            var offset = 0;
            var cells = row.Elements<TableCell>().Skip(1).ToList();
            var marked = cells.Single(c => c.TableCellProperties!.TableCellBorders?.RightBorder?.Val?.Value == BorderValues.Dashed);
            foreach (var cell in cells.TakeWhile(c => c != marked))
            {
                offset += int.Parse(cell.TableCellProperties!.TableCellWidth!.Width!.Value!, CultureInfo.InvariantCulture);
            }

            offset += int.Parse(marked.TableCellProperties!.TableCellWidth!.Width!.Value!, CultureInfo.InvariantCulture);
            Assert.InRange(offset, (barArea * 0.9) - 2, (barArea * 0.9) + 2);
        }
    }

    private static Table AssuranceTable()
    {
        var document = new M.Document(SampleDocuments.LetterMetadata, M.PageSetup.A4Portrait, [SampleDocuments.AssuranceTable()]);
        var word = DocxFiles.Open(DocxFiles.Render(document));
        try
        {
            return (Table)word.MainDocumentPart!.Document!.Body!.Elements<Table>().Single().CloneNode(true);
        }
        finally
        {
            word.Dispose();
        }
    }
}
