using System.Globalization;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>
/// A data table: caption, column widths, header rows in <c>&lt;thead&gt;</c> (repeated on printed pages) with
/// <c>&lt;th scope="col"&gt;</c>, row headers with <c>scope="row"</c>, and each row group as a <c>&lt;tbody&gt;</c>
/// whose label is a heading row spanning the table. Shaded cells get a text colour with AA contrast.
/// </summary>
internal sealed class TableRenderer : HtmlBlockRenderer<Table>
{
    protected override void Write(Table block, HtmlWriter html)
    {
        html.Line("<table>");
        if (block.Caption is { } caption)
        {
            html.Raw("<caption>").Text(caption).Line("</caption>");
        }

        WriteColumns(block.Columns, html);

        if (block.HeaderRows.Count > 0)
        {
            html.Line("<thead>");
            foreach (var row in block.HeaderRows)
            {
                WriteRow(row, block.Columns, inHeader: true, html);
            }

            html.Line("</thead>");
        }

        var columnCount = Math.Max(1, block.Columns.Count).ToString(CultureInfo.InvariantCulture);
        foreach (var group in block.Groups)
        {
            html.Line("<tbody>");
            if (group.Label is { } label)
            {
                html.Raw("<tr class=\"group\"><th scope=\"rowgroup\"").Attribute("colspan", columnCount).Raw(">")
                    .Text(label).Line("</th></tr>");
            }

            foreach (var row in group.Rows)
            {
                WriteRow(row, block.Columns, inHeader: false, html);
            }

            html.Line("</tbody>");
        }

        html.Line("</table>");
    }

    private static void WriteColumns(IReadOnlyList<TableColumn> columns, HtmlWriter html)
    {
        var total = columns.Sum(c => Math.Max(0, c.RelativeWidth));
        if (columns.Count == 0 || total <= 0)
        {
            return;
        }

        html.Raw("<colgroup>");
        foreach (var column in columns)
        {
            html.Raw("<col").Attribute("style", "width:" + HtmlFormat.Percent(100 * Math.Max(0, column.RelativeWidth) / total)).Raw(">");
        }

        html.Line("</colgroup>");
    }

    private static void WriteRow(TableRow row, IReadOnlyList<TableColumn> columns, bool inHeader, HtmlWriter html)
    {
        html.Raw(row.KeepTogether ? "<tr class=\"keep\">" : "<tr>");
        var column = 0;
        foreach (var cell in row.Cells)
        {
            var alignment = cell.Alignment ?? (column < columns.Count ? columns[column].Alignment : TextAlignment.Left);
            WriteCell(cell, alignment, inHeader, html);
            column += Math.Max(1, cell.ColumnSpan);
        }

        html.Line("</tr>");
    }

    private static void WriteCell(TableCell cell, TextAlignment alignment, bool inHeader, HtmlWriter html)
    {
        // Every cell of a header row heads its column, whatever scope the builder gave it.
        var scope = inHeader ? "col" : cell.Scope switch { CellScope.Column => "col", CellScope.Row => "row", _ => null };
        var tag = scope is null ? "td" : "th";
        html.Raw("<").Raw(tag);
        if (scope is not null)
        {
            html.Attribute("scope", scope);
        }

        if (cell.ColumnSpan > 1)
        {
            html.Attribute("colspan", cell.ColumnSpan.ToString(CultureInfo.InvariantCulture));
        }

        if (AlignmentClass.Of(alignment) is { Length: > 0 } alignClass)
        {
            html.Attribute("class", alignClass);
        }

        if (cell.Shading is { } shading)
        {
            html.Attribute("style", $"background-color:{HtmlFormat.Hex(shading)};color:{HtmlFormat.Hex(html.Theme.TextOn(shading))}");
        }

        html.Raw(">");
        html.CompactBlocks(cell.Blocks);
        html.Line($"</{tag}>");
    }
}
