using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Documents.Rendering.Tables;
using ModelTable = PlanReports.Documents.Model.Table;
using ModelTableCell = PlanReports.Documents.Model.TableCell;
using ModelTableRow = PlanReports.Documents.Model.TableRow;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using TextAlignment = PlanReports.Documents.Model.TextAlignment;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// A data table in the PlanReports Table style: caption above (also stored as the table's accessible caption),
/// column widths from the relative widths as twips of the available width, header rows that repeat on every page,
/// group labels as full-width shaded rows kept with their first row, and shaded cells whose text colour is chosen
/// for 4.5:1 contrast.
/// </summary>
internal sealed class TableRenderer : DocxBlockRenderer<ModelTable>
{
    protected override IEnumerable<OpenXmlElement> Write(ModelTable block, DocxContext context)
    {
        var output = new List<OpenXmlElement>();
        var caption = XmlSafeText.CleanLine(block.Caption).Trim();
        var rowCount = block.HeaderRows.Count + block.Groups.Sum(g => g.Rows.Count + (g.Label is null ? 0 : 1));
        if (caption.Length > 0)
        {
            var captionParagraph = Rendering.Paragraphs.Create(StyleIds.Caption, TextAlignment.Left, [Runs.Text(caption, context with { Bold = false, TextColour = null })]);
            if (rowCount > 0)
            {
                Rendering.Paragraphs.Properties(captionParagraph).KeepNext = true;
            }

            output.Add(captionParagraph);
        }

        if (rowCount == 0)
        {
            // Word treats a table without rows as a damaged file; an empty table is just its caption.
            return output;
        }

        var columnCount = Math.Max(block.Columns.Count, block.HeaderRows.Concat(block.BodyRows).Select(SpanOf).DefaultIfEmpty(1).Max());
        var relative = Enumerable.Range(0, columnCount).Select(i => i < block.Columns.Count ? block.Columns[i].RelativeWidth : 1.0).ToList();
        var widths = context.TextMeasure is { } measure
            ? TableCells.Widths(relative, MinimumTwips(block, measure, context.Theme, columnCount), context.AvailableWidth)
            : TableCells.Widths(relative, context.AvailableWidth);
        var alignments = Enumerable.Range(0, columnCount).Select(i => i < block.Columns.Count ? block.Columns[i].Alignment : TextAlignment.Left).ToArray();

        var properties = TableCells.Properties(StyleIds.Table, context.AvailableWidth, block.HeaderRows.Count > 0);
        if (caption.Length > 0)
        {
            properties.TableCaption = new TableCaption { Val = caption };
        }

        var table = new WordTable(properties, TableCells.Grid(widths));
        var theme = context.Theme;
        var headerScope = context with
        {
            InTable = true,
            Bold = true,
            TextColour = ContrastingText.On(theme.TableHeaderFill, theme.TableHeaderText, theme.Text),
        };
        foreach (var row in block.HeaderRows)
        {
            var written = Row(row, widths, alignments, headerScope, theme.TableHeaderFill);
            Tables.RowProperties(written).RepeatAsHeader().CantSplit();

            // The header stays on the page of the first body row: a table never starts with its header alone.
            foreach (var paragraph in written.Descendants<ParagraphElement>())
            {
                Rendering.Paragraphs.Properties(paragraph).KeepNext = true;
            }

            table.Append(written);
        }

        var bodyScope = context with { InTable = true, Bold = false, TextColour = null };
        foreach (var group in block.Groups)
        {
            var label = XmlSafeText.CleanLine(group.Label).Trim();
            if (group.Label is not null)
            {
                table.Append(GroupLabel(label, widths, headerScope));
            }

            foreach (var row in group.Rows)
            {
                table.Append(Row(row, widths, alignments, bodyScope, headerFill: null));
            }
        }

        output.Add(table);
        return output;
    }

    /// <summary>Each column's longest word with the cell margins, in twips: the floor the PDF's columns have too.</summary>
    private static double[] MinimumTwips(ModelTable block, ITextMeasure measure, DocumentTheme theme, int columnCount)
    {
        var points = ColumnWidths.Minimum(block, measure, theme.TableSize, theme.CellPadding, theme.ListIndent);
        return Enumerable.Range(0, columnCount).Select(i => i < points.Length ? points[i] * 20 : 0).ToArray();
    }

    private static int SpanOf(ModelTableRow row) => row.Cells.Sum(c => Math.Max(1, c.ColumnSpan));

    private static TableRowElement Row(ModelTableRow row, int[] widths, TextAlignment[] alignments, DocxContext scope, Colour? headerFill)
    {
        var written = new TableRowElement();
        var column = 0;
        foreach (var cell in row.Cells)
        {
            var span = Math.Max(1, cell.ColumnSpan);
            written.Append(Cell(cell, widths, alignments, column, span, scope, headerFill));
            column += span;
        }

        // A short row is filled out with empty cells so every row covers the grid.
        while (column < widths.Length)
        {
            written.Append(TableCells.Create(widths[column], 1, headerFill, [], StyleIds.TableText));
            column++;
        }

        if (row.KeepTogether)
        {
            Tables.RowProperties(written).CantSplit();
        }

        return written;
    }

    private static OpenXmlElement Cell(ModelTableCell cell, int[] widths, TextAlignment[] alignments, int column, int span, DocxContext scope, Colour? headerFill)
    {
        var width = widths.Skip(column).Take(span).Sum();
        var fill = cell.Shading ?? headerFill;
        var cellScope = scope with
        {
            AvailableWidth = Math.Max(width - (2 * Units.Twips(scope.Theme.CellPadding)), 360),
            Bold = scope.Bold || cell.Scope == CellScope.Row,
        };
        if (cell.Shading is { } shading)
        {
            cellScope = cellScope with { TextColour = ContrastingText.On(shading, scope.TextColour ?? scope.Theme.Text, scope.Theme.Text) };
        }

        var content = cellScope.RenderBlocks(cell.Blocks);
        TableCells.Align(content, cell.Alignment ?? alignments[column]);
        return TableCells.Create(width, span, fill, content, StyleIds.TableText);
    }

    private static TableRowElement GroupLabel(string label, int[] widths, DocxContext headerScope)
    {
        var paragraph = Rendering.Paragraphs.Create(StyleIds.TableText, TextAlignment.Left, label.Length > 0 ? [Runs.Text(label, headerScope)] : []);
        Rendering.Paragraphs.Properties(paragraph).KeepNext = true;
        var row = new TableRowElement(TableCells.Create(widths.Sum(), widths.Length, headerScope.Theme.TableHeaderFill, [paragraph], StyleIds.TableText));
        Tables.RowProperties(row).CantSplit();
        return row;
    }
}
