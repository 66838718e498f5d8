namespace PlanReports.Documents.Charts;

/// <summary>
/// A line chart: categories (periods) across, values up on a round-number scale with faint gridlines, one line per
/// series with a marker at every value, and each reference line dashed across the plot with its value at the right.
/// A missing value breaks the line rather than joining across it.
/// </summary>
internal static class LineChartLayout
{
    internal static ChartDrawing Draw(ChartLayoutContext c)
    {
        var chart = c.Chart;
        var theme = c.Theme;
        var grid = new List<ChartShape>();
        var data = new List<ChartShape>();
        var labels = new List<ChartShape>();

        var y = c.Legend(labels, 0);
        y += c.LabelSize * 0.8;
        labels.Add(new ChartText(0, y + c.LabelSize, chart.ValueAxis.Title, TextAnchor.Start, c.LabelSize, true, theme.Text));
        y += c.LabelSize * 1.6;

        var left = c.TickLabels.Max(t => c.Measure(t, c.LabelSize, false)) + 6;
        var right = c.Width - 2;
        var top = y + 4;
        var height = Math.Clamp(c.Width * 0.3, 110, 180);
        var bottom = top + height;
        double Y(double value) => bottom - (c.Scale.Fraction(value) * height);

        var ticks = c.Scale.Ticks;
        for (var i = 0; i < ticks.Count; i++)
        {
            var ty = Y(ticks[i]);
            grid.Add(new ChartLine([(left, ty), (right, ty)], i == 0 ? theme.Border : theme.ChartGrid, i == 0 ? 0.75 : 0.5, []));
            labels.Add(c.Label(left - 4, ty + (c.LabelSize * 0.35), c.TickLabels[i], TextAnchor.End));
        }

        var count = Math.Max(1, chart.Categories.Count);
        var slot = (right - left) / count;
        double X(int i) => left + (slot * (i + 0.5));

        // Label every k-th category so the labels never touch.
        var widest = chart.Categories.Select(t => c.Measure(t, c.LabelSize, false)).DefaultIfEmpty(0).Max();
        var every = Math.Max(1, (int)Math.Ceiling((widest + 6) / slot));
        for (var i = 0; i < chart.Categories.Count; i += every)
        {
            grid.Add(new ChartLine([(X(i), bottom), (X(i), bottom + 3)], theme.Border, 0.75, []));
            labels.Add(c.Label(X(i), bottom + 4 + c.LabelSize, chart.Categories[i], TextAnchor.Middle));
        }

        y = bottom + 4 + (c.LabelSize * 1.3);
        if (chart.CategoryTitle.Length > 0)
        {
            labels.Add(new ChartText((left + right) / 2, y + c.LabelSize + 2, chart.CategoryTitle, TextAnchor.Middle, c.LabelSize, true, theme.Text));
            y += (c.LabelSize * 1.3) + 2;
        }

        foreach (var reference in chart.ReferenceLines)
        {
            var ry = Y(reference.Value);
            data.Add(new ChartLine([(left, ry), (right, ry)], theme.Text, 1.2, SeriesStyle.ReferenceDash));
            labels.Add(c.Label(right - 2, ry - 3, ChartNumbers.Value(reference.Value, chart.ValueAxis), TextAnchor.End, bold: true));
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var style = c.Styles[s];
            var values = chart.Series[s].Values;
            var run = new List<(double X, double Y)>();
            for (var i = 0; i <= values.Count; i++)
            {
                if (i < values.Count && values[i] is { } v)
                {
                    run.Add((X(i), Y(v)));
                    continue;
                }

                if (run.Count > 1)
                {
                    data.Add(new ChartLine(run, style.Colour, 1.75, style.Dash));
                }

                run = [];
            }

            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is { } v)
                {
                    data.Add(new ChartMarker(X(i), Y(v), 5, style.Marker, style.Colour));
                }
            }
        }

        return new ChartDrawing(c.Width, y + 2, [.. grid, .. data, .. labels]);
    }
}
