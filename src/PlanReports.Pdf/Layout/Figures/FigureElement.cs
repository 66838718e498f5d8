using System.Globalization;
using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout.Figures;

/// <summary>
/// A horizontal bar chart drawn with vector rectangles: a caption, one bar per item with its label and value,
/// and an optional dashed reference line with its label. Tagged as one Figure with alternative text; never split.
/// </summary>
internal sealed class FigureElement : WholeElement
{
    private const double BarHeight = 12;
    private const double RowGap = 6;
    private const double TopBand = 14;
    private const double AxisGap = 4;

    private readonly Figure figure;
    private readonly ParagraphElement caption;
    private readonly TextStyle labelStyle;
    private readonly Colour axisColour;
    private readonly StructNode? node;

    internal FigureElement(string description, SourceRef? source, Figure figure, ParagraphElement caption, TextStyle labelStyle, Colour axisColour, StructNode? node)
        : base(description, source)
    {
        if (!(figure.Chart.Maximum > 0) || double.IsInfinity(figure.Chart.Maximum))
        {
            throw new InvalidOperationException(
                $"The {description} ({source?.ToString() ?? "no source recorded"}) has a chart maximum of {figure.Chart.Maximum}; it must be a positive number.");
        }

        this.figure = figure;
        this.caption = caption;
        this.labelStyle = labelStyle;
        this.axisColour = axisColour;
        this.node = node;
    }

    protected override void DrawWhole(PageCanvas canvas, double x, double y, double width, double height)
    {
        var captionHeight = caption.Measure(width, height, false).Height;
        caption.Draw(canvas, x, y, width, height, false);
        var top = y + captionHeight;
        var (labelWidth, barLeft, barWidth) = Columns(width);
        barLeft += x;
        var lineHeight = labelStyle.Size * 1.2;
        var chart = figure.Chart;
        var rowTop = top + TopBand;
        double? referenceX = chart.ReferenceValue is { } r && r >= 0 && r <= chart.Maximum ? barLeft + (barWidth * r / chart.Maximum) : null;
        foreach (var bar in chart.Bars)
        {
            var labelLines = LineBreaker.Break([new InlineSpan(bar.Label, labelStyle)], labelWidth, labelStyle, 1.2);
            var rowHeight = Math.Max(BarHeight, labelLines.Sum(l => l.Height));
            var lineTop = rowTop + ((rowHeight - labelLines.Sum(l => l.Height)) / 2);
            foreach (var line in labelLines)
            {
                TextDrawing.DrawLine(canvas, line, x + labelWidth - line.Width, lineTop, node);
                lineTop += line.Height;
            }

            var value = Math.Clamp(bar.Value, 0, chart.Maximum);
            var length = double.IsNaN(value) ? 0 : barWidth * value / chart.Maximum;
            var barTop = rowTop + ((rowHeight - BarHeight) / 2);
            canvas.Draw(new RectOp(new PageBox(barLeft, barTop, length, BarHeight), bar.Fill), node);
            var valueText = bar.Value.ToString(chart.ValueFormat, CultureInfo.InvariantCulture);
            var valueLine = LineBreaker.Break([new InlineSpan(valueText, labelStyle)], double.MaxValue, labelStyle, 1.2)[0];
            var valueX = barLeft + length + 3;
            if (referenceX is { } dash && valueX < dash + 2 && valueX + valueLine.Width > dash - 2)
            {
                // Keep the value clear of the dashed reference line.
                valueX = dash + 3;
            }

            valueX = Math.Min(valueX, x + width - valueLine.Width);
            TextDrawing.DrawLine(canvas, valueLine, valueX, barTop + ((BarHeight - lineHeight) / 2), node);
            rowTop += rowHeight + RowGap;
        }

        var axisBottom = rowTop - RowGap + AxisGap;
        canvas.Draw(new LineOp(barLeft, top + TopBand - AxisGap, barLeft, axisBottom, axisColour, 0.75), node);
        if (chart.ReferenceValue is { } reference && reference >= 0 && reference <= chart.Maximum)
        {
            var rx = barLeft + (barWidth * reference / chart.Maximum);
            canvas.Draw(new LineOp(rx, top + TopBand - AxisGap, rx, axisBottom, axisColour, 1, Dashed: true), node);
            var text = chart.ReferenceLabel ?? reference.ToString(chart.ValueFormat, CultureInfo.InvariantCulture);
            var refLine = LineBreaker.Break([new InlineSpan(text, labelStyle)], double.MaxValue, labelStyle, 1.2)[0];
            var lx = Math.Clamp(rx - (refLine.Width / 2), x, x + width - refLine.Width);
            TextDrawing.DrawLine(canvas, refLine, lx, top, node);
        }

        if (node is not null)
        {
            node.BoundingBox ??= (canvas.PageIndex, new PageBox(x, top, width, Height(width) - captionHeight));
        }
    }

    private (double LabelWidth, double BarLeft, double BarWidth) Columns(double width)
    {
        var labelWidth = Math.Min(width * 0.35, 180);
        var barLeft = labelWidth + 8;
        var valueRoom = labelStyle.Size * 4;
        var barWidth = width - barLeft - valueRoom;
        if (barWidth <= 10)
        {
            throw CannotFit($"only {width:0.#} pt of width is left for the chart");
        }

        return (labelWidth, barLeft, barWidth);
    }

    protected override double Height(double width)
    {
        var (labelWidth, _, _) = Columns(width);
        double rows = 0;
        foreach (var bar in figure.Chart.Bars)
        {
            var lines = LineBreaker.Break([new InlineSpan(bar.Label, labelStyle)], labelWidth, labelStyle, 1.2);
            rows += Math.Max(BarHeight, lines.Sum(l => l.Height)) + RowGap;
        }

        return caption.Measure(width, double.MaxValue, false).Height + TopBand + rows + AxisGap;
    }
}
