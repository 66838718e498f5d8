using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Docx.Conversion;
using PlanReports.Docx.Packaging;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// Small multiples as native Word charts side by side: the grid's caption, then a borderless layout table (the
/// layout table style, no header row, described as the grid) with one chart per cell under its title. Each chart is a
/// chart part of its own with its data and alt text, on the grid's shared value axis; a row never splits across pages.
/// Where the cells' legends agree, the charts have none and one key above the table names each series by its line
/// and marker (never by colour alone), so every cell's plot has the same height; otherwise each chart keeps its own.
/// </summary>
internal sealed class ChartGridRenderer : DocxBlockRenderer<ChartGrid>
{
    protected override IEnumerable<OpenXmlElement> Write(ChartGrid block, DocxContext context)
    {
        var main = context.Part;
        if (main.Type != DocxPartType.MainDocument || context.InTable)
        {
            throw new InvalidOperationException("a chart grid can stand only in the body of the document, not in a table, header or footer");
        }

        var columns = Math.Max(1, block.Columns);
        var widths = TableCells.Widths(Enumerable.Repeat(1.0, columns).ToList(), context.AvailableWidth);
        var properties = TableCells.Properties(StyleIds.LayoutTable, context.AvailableWidth, firstRowIsHeader: false);
        properties.TableCellMarginDefault = TableCells.LayoutMargins(context.Theme);
        properties.TableCaption = new TableCaption { Val = XmlSafeText.CleanLine(block.Caption) };
        properties.TableDescription = new TableDescription { Val = XmlSafeText.CleanLine($"{block.Charts.Count} charts in {columns} columns, each described by its alternative text.") };
        var table = new WordTable(properties, TableCells.Grid(widths));
        var cellScope = context with { InTable = true, Bold = false, TextColour = null };
        var shared = ChartGridLayout.SharedLegend(block);
        var padding = Units.Twips(context.Theme.CellPadding * 2);
        foreach (var row in block.Rows)
        {
            var wordRow = new TableRowElement(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < columns; i++)
            {
                var content = new List<OpenXmlElement>();
                if (i < row.Count)
                {
                    var chart = row[i];
                    content.Add(Paragraphs.Create(StyleIds.Caption, Documents.Model.TextAlignment.Left, [Runs.Text(XmlSafeText.CleanLine(chart.Caption), cellScope)]));
                    content.Add(ChartRenderer.Picture(chart, cellScope, main, (widths[i] - padding) / 20.0, legend: shared is null));
                    Paragraphs.KeepWithNext(content);
                }

                wordRow.Append(TableCells.Create(widths[i], 1, null, content, StyleIds.TableText));
            }

            table.Append(wordRow);
        }

        var caption = Paragraphs.Create(StyleIds.Caption, Documents.Model.TextAlignment.Left, [Runs.Text(XmlSafeText.CleanLine(block.Caption), context)]);
        Paragraphs.Properties(caption).KeepNext = true;
        if (shared is null)
        {
            return [caption, table];
        }

        var key = Paragraphs.Create(StyleIds.Small, Documents.Model.TextAlignment.Left, [Runs.Text(XmlSafeText.CleanLine(Key(shared, context.Theme)), context)]);
        Paragraphs.Properties(key).KeepNext = true;
        return [caption, key, table];
    }

    /// <summary>The grid's legend in words: each series by its line and marker, each reference line with its value.</summary>
    private static string Key(Chart chart, DocumentTheme theme)
    {
        var entries = chart.Series.Select((s, i) =>
        {
            var style = SeriesStyle.For(chart, i, theme);
            var line = style.DashName switch
            {
                "solid" => "solid",
                "dash" => "dashed",
                "sysDot" => "dotted",
                _ => "dash-dot",
            };
            return chart.Kind == ChartKind.Line
                ? $"{s.Name}, {line} line with {style.Marker.ToString().ToLowerInvariant()}s"
                : $"{s.Name}, {line} outline";
        }).Concat(chart.ReferenceLines.Select(r => $"{r.Label} {ChartNumbers.Value(r.Value, chart.ValueAxis)}, black dashed line"));
        return $"Key to the charts: {string.Join("; ", entries)}.";
    }
}
