using PlanReports.Documents.Model;

namespace PlanReports.Documents.Charts;

/// <summary>
/// A horizontal bar chart: categories down the left, values along a round-number scale at the foot. Plain bars sit
/// side by side within a category with their values at the ends; stacked bars run end to end with each segment's
/// value inside it where it fits. Bars are outlined in their series' dash pattern, so series differ in more than colour.
/// </summary>
internal static class BarChartLayout
{
    private const double BarThickness = 10;
    private const double StackThickness = 15;
    private const double BarGap = 2;
    private const double RowGap = 7;

    internal static ChartDrawing Draw(ChartLayoutContext c)
    {
        var chart = c.Chart;
        var theme = c.Theme;
        var stacked = chart.Kind == ChartKind.StackedBar;
        var grid = new List<ChartShape>();
        var data = new List<ChartShape>();
        var labels = new List<ChartShape>();
        var labelled = new HashSet<(int Series, int Category)>();
        var lineHeight = c.LabelSize * 1.2;

        var y = c.Legend(labels, 0) + 4;
        var labelWidth = Math.Min(chart.Categories.Select(t => c.Measure(t, c.LabelSize, false)).DefaultIfEmpty(0).Max(), c.Width * 0.36);
        var left = labelWidth + 8;
        var valueRoom = stacked
            ? 0
            : chart.Series.SelectMany(s => s.Values).OfType<double>().Select(v => c.Measure(ChartNumbers.Value(v, chart.ValueAxis), c.LabelSize, false) + 4).DefaultIfEmpty(0).Max();
        var right = c.Width - Math.Max(valueRoom, (c.Measure(c.TickLabels[^1], c.LabelSize, false) / 2) + 2);
        var top = y + (chart.ReferenceLines.Count > 0 ? c.LabelSize * 1.6 : 0);
        double X(double value) => left + (c.Scale.Fraction(value) * (right - left));

        var block = stacked ? StackThickness : (chart.Series.Count * BarThickness) + ((chart.Series.Count - 1) * BarGap);
        var rowTop = top + (RowGap / 2);
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var lines = c.Wrap(chart.Categories[i], labelWidth, c.LabelSize);
            var rowHeight = Math.Max(block, lines.Count * lineHeight);
            var textTop = rowTop + ((rowHeight - (lines.Count * lineHeight)) / 2);
            for (var l = 0; l < lines.Count; l++)
            {
                labels.Add(c.Label(left - 6, textTop + (l * lineHeight) + (c.LabelSize * 0.95), lines[l], TextAnchor.End));
            }

            var barTop = rowTop + ((rowHeight - block) / 2);
            if (stacked)
            {
                Stack(c, i, barTop, X, data, labels, labelled);
            }
            else
            {
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    if (chart.Series[s].Values[i] is not { } v)
                    {
                        continue;
                    }

                    var style = c.Styles[s];
                    var sy = barTop + (s * (BarThickness + BarGap));
                    var (from, to) = (X(Math.Max(c.Scale.Minimum, Math.Min(0, v))), X(Math.Max(0, v)));
                    data.Add(new ChartRect(from, sy, to - from, BarThickness, style.Colour, theme.Text, style.Dash));
                    labels.Add(c.Label(to + 3, sy + (BarThickness / 2) + (c.LabelSize * 0.35), ChartNumbers.Value(v, chart.ValueAxis), TextAnchor.Start));
                }
            }

            rowTop += rowHeight + RowGap;
        }

        var bottom = rowTop - (RowGap / 2);
        var ticks = c.Scale.Ticks;
        for (var i = 0; i < ticks.Count; i++)
        {
            var tx = X(ticks[i]);
            grid.Add(new ChartLine([(tx, top), (tx, bottom + 3)], ticks[i] == 0 ? theme.Border : theme.ChartGrid, ticks[i] == 0 ? 0.75 : 0.5, []));
            labels.Add(c.Label(tx, bottom + 4 + c.LabelSize, c.TickLabels[i], TextAnchor.Middle));
        }

        grid.Add(new ChartLine([(left, bottom), (right, bottom)], theme.Border, 0.75, []));
        y = bottom + 4 + (c.LabelSize * 1.3);
        labels.Add(new ChartText((left + right) / 2, y + c.LabelSize + 2, chart.ValueAxis.Title, TextAnchor.Middle, c.LabelSize, true, theme.Text));
        y += (c.LabelSize * 1.3) + 2;

        foreach (var reference in chart.ReferenceLines)
        {
            var rx = X(reference.Value);
            data.Add(new ChartLine([(rx, top - 2), (rx, bottom)], theme.Text, 1.2, SeriesStyle.ReferenceDash));
            labels.Add(c.Label(Math.Clamp(rx, left, right), top - 4, ChartNumbers.Value(reference.Value, chart.ValueAxis), TextAnchor.Middle, bold: true));
        }

        return new ChartDrawing(c.Width, y + 2, [.. grid, .. data, .. labels]) { LabelledSegments = labelled };
    }

    private static void Stack(
        ChartLayoutContext c, int category, double barTop, Func<double, double> x, List<ChartShape> data, List<ChartShape> labels, HashSet<(int Series, int Category)> labelled)
    {
        var chart = c.Chart;
        double positive = 0;
        double negative = 0;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            if (chart.Series[s].Values[category] is not { } v || v == 0)
            {
                continue;
            }

            var start = v > 0 ? positive : negative + v;
            if (v > 0)
            {
                positive += v;
            }
            else
            {
                negative += v;
            }

            var style = c.Styles[s];
            var from = x(start);
            var width = x(start + Math.Abs(v)) - from;
            data.Add(new ChartRect(from, barTop, width, StackThickness, style.Colour, c.Theme.Text, style.Dash));
            var text = ChartNumbers.Value(v, chart.ValueAxis);
            if (c.Measure(text, c.LabelSize, true) + 4 <= width)
            {
                labels.Add(new ChartText(from + (width / 2), barTop + (StackThickness / 2) + (c.LabelSize * 0.35), text, TextAnchor.Middle, c.LabelSize, true, c.Theme.TextOn(style.Colour)));
                labelled.Add((s, category));
            }
        }
    }
}
