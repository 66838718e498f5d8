using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using TextAlignment = PlanReports.Documents.Model.TextAlignment;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// A bar chart drawn as a borderless table, since WordprocessingML has no bar primitive short of a chart part: one
/// row per bar with its label, a shaded cell as long as the value and the value in figures. The grid of the bar
/// area is cut at every bar end and at the reference value, so each bar ends exactly where its value lies and the
/// reference shows as a dashed line down the chart. The alternative text is the table's description (read by
/// screen readers), the caption shows beneath, and the whole figure stays on one page.
/// </summary>
internal sealed class FigureRenderer : DocxBlockRenderer<Figure>
{
    // Shares of the width: labels, bars, values.
    private const double LabelShare = 0.34;
    private const double BarShare = 0.52;
    private const double ValueShare = 0.14;

    protected override IEnumerable<OpenXmlElement> Write(Figure block, DocxContext context)
    {
        var chart = block.Chart;
        var theme = context.Theme;
        var columns = TableCells.Widths([LabelShare, BarShare, ValueShare], context.AvailableWidth);
        var barWidth = columns[1];
        var maximum = double.IsFinite(chart.Maximum) && chart.Maximum > 0
            ? chart.Maximum
            : chart.Bars.Select(b => b.Value).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        if (maximum <= 0)
        {
            maximum = 1;
        }

        int Position(double value) => (int)Math.Round(barWidth * Math.Clamp(double.IsFinite(value) ? value : 0, 0, maximum) / maximum);

        int? reference = chart.ReferenceValue is { } r && double.IsFinite(r) ? Position(r) : null;
        var cuts = chart.Bars.Select(b => Position(b.Value)).Append(reference ?? 0).Append(0).Append(barWidth)
            .Distinct().Order().ToList();
        var segments = cuts.Zip(cuts.Skip(1), (from, to) => (From: from, To: to)).ToList();

        var grid = new List<int> { columns[0] };
        grid.AddRange(segments.Select(s => s.To - s.From));
        grid.Add(columns[2]);

        var properties = TableCells.Properties(StyleIds.LayoutTable, context.AvailableWidth, firstRowIsHeader: false);
        properties.TableCellMarginDefault = TableCells.LayoutMargins(context.Theme);
        properties.TableCaption = new TableCaption { Val = XmlSafeText.CleanLine(block.Caption) };
        properties.TableDescription = new TableDescription { Val = XmlSafeText.CleanLine(block.AltText) };
        var table = new WordTable(properties, TableCells.Grid(grid));

        var cellScope = context with { InTable = true, Bold = false, TextColour = null };
        foreach (var bar in chart.Bars)
        {
            if (table.Elements<TableRowElement>().Any())
            {
                table.Append(Gap(columns, segments, reference, barWidth, theme));
            }

            var end = Position(bar.Value);
            var row = new TableRowElement(
                new TableRowProperties(
                    new CantSplit(),
                    new TableRowHeight { Val = (uint)Units.Twips(theme.TableSize * 2), HeightType = HeightRuleValues.AtLeast }));
            row.Append(TableCells.Create(columns[0], 1, null, [TextParagraph(XmlSafeText.CleanLine(bar.Label), TextAlignment.Left, cellScope)], StyleIds.TableText));

            // Adjacent segments on the same side of the bar's end merge into one cell, cut only at the reference line.
            var index = 0;
            while (index < segments.Count)
            {
                var filled = segments[index].To <= end;
                var last = index;
                while (last + 1 < segments.Count && (segments[last + 1].To <= end) == filled && segments[last].To != reference)
                {
                    last++;
                }

                var width = segments[last].To - segments[index].From;
                row.Append(BarCell(width, last - index + 1, filled ? bar.Fill : null, segments[last].To, reference, barWidth, theme));
                index = last + 1;
            }

            // The value sits just right of the bar area, read with the bar rather than across the page.
            var value = double.IsFinite(bar.Value) ? bar.Value.ToString(chart.ValueFormat, CultureInfo.InvariantCulture) : "–";
            var valueParagraph = TextParagraph(value, TextAlignment.Left, cellScope);
            Rendering.Paragraphs.Properties(valueParagraph).IndentLeft = Units.TwipsText(theme.CellPadding);
            row.Append(TableCells.Create(columns[2], 1, null, [valueParagraph], StyleIds.TableText));
            table.Append(row);
        }

        // A paragraph's spacing above the chart, as text has; the table itself has none.
        var output = new List<OpenXmlElement> { Rendering.Paragraphs.Spacer(theme) };
        if (chart.Bars.Count > 0)
        {
            output.Add(table);
        }

        if (chart.ReferenceValue is { } referenceValue && double.IsFinite(referenceValue))
        {
            var label = XmlSafeText.CleanLine(chart.ReferenceLabel);
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"Dashed line: {(label.Length > 0 ? label : "reference")} ({referenceValue.ToString(chart.ValueFormat, CultureInfo.InvariantCulture)})");
            output.Add(Rendering.Paragraphs.Create(StyleIds.Small, TextAlignment.Left, [Runs.Text(text, context)]));
        }

        output.Add(Rendering.Paragraphs.Create(StyleIds.Caption, TextAlignment.Left, [Runs.Text(XmlSafeText.CleanLine(block.Caption), context)]));
        Rendering.Paragraphs.KeepWithNext(output);
        return output;
    }

    private static ParagraphElement TextParagraph(string text, TextAlignment alignment, DocxContext context) =>
        Rendering.Paragraphs.Create(StyleIds.TableText, alignment, text.Length > 0 ? [Runs.Text(text, context)] : []);

    /// <summary>A cell of the bar area; the one ending at the reference value carries the dashed reference line.</summary>
    private static TableCellElement BarCell(int width, int span, Colour? fill, int end, int? reference, int barWidth, DocumentTheme theme)
    {
        var referenceLine = end == reference && reference > 0 && reference < barWidth
            ? new DashedBorder(Units.BorderEighths(theme.BorderWidth * 2), theme.Text.ToHex())
            : null;
        return TableCells.Create(width, span, fill, [], StyleIds.TableText, referenceLine);
    }

    /// <summary>A thin empty row between bars, so they read as separate bars; the reference line runs through it.</summary>
    private static TableRowElement Gap(int[] columns, List<(int From, int To)> segments, int? reference, int barWidth, DocumentTheme theme)
    {
        var row = new TableRowElement(
            new TableRowProperties(
                new CantSplit(),
                new TableRowHeight { Val = (uint)Units.Twips(theme.CellPadding), HeightType = HeightRuleValues.Exact }));
        row.Append(TableCells.Create(columns[0], 1, null, [], StyleIds.TableText));
        var referenceIndex = reference is null ? -1 : segments.FindIndex(s => s.To == reference);
        if (referenceIndex < 0 || reference <= 0 || reference >= barWidth)
        {
            row.Append(BarCell(barWidth, segments.Count, null, barWidth, reference, barWidth, theme));
        }
        else
        {
            row.Append(BarCell(segments[referenceIndex].To, referenceIndex + 1, null, segments[referenceIndex].To, reference, barWidth, theme));
            row.Append(BarCell(barWidth - segments[referenceIndex].To, segments.Count - referenceIndex - 1, null, barWidth, reference, barWidth, theme));
        }

        row.Append(TableCells.Create(columns[2], 1, null, [], StyleIds.TableText));
        return row;
    }
}
