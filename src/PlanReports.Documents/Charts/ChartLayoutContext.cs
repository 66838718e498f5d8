using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;

namespace PlanReports.Documents.Charts;

/// <summary>What both chart layouts share: sizes, text measuring, the legend and word wrapping.</summary>
internal sealed class ChartLayoutContext
{
    private const double SwatchWidth = 20;
    private const double EntryGap = 14;

    internal ChartLayoutContext(Chart chart, double width, DocumentTheme theme, TextMeasure measure, bool legend)
    {
        ShowLegend = legend;
        Chart = chart;
        Width = width;
        Theme = theme;
        Measure = measure;
        Scale = ChartLayout.Scale(chart);
        Styles = Enumerable.Range(0, chart.Series.Count).Select(i => SeriesStyle.For(chart, i, theme)).ToList();
        TickLabels = Scale.Ticks.Select(t => ChartNumbers.Tick(t, chart.ValueAxis, Scale)).ToList();
    }

    internal Chart Chart { get; }

    /// <summary>Whether the chart draws its own legend; a grid's cells leave it to the grid.</summary>
    internal bool ShowLegend { get; }

    internal double Width { get; }

    internal DocumentTheme Theme { get; }

    internal TextMeasure Measure { get; }

    internal ChartScale Scale { get; }

    internal IReadOnlyList<SeriesStyle> Styles { get; }

    internal IReadOnlyList<string> TickLabels { get; }

    /// <summary>Axis ticks and category labels.</summary>
    internal double LabelSize => Theme.SmallSize - 1;

    /// <summary>Legend entries and the value axis title.</summary>
    internal double LegendSize => Theme.SmallSize;

    internal ChartText Label(double x, double baseline, string text, TextAnchor anchor, bool bold = false) =>
        new(x, baseline, text, anchor, LabelSize, bold, Theme.Text);

    /// <summary>A reference line's legend entry: its label and value.</summary>
    internal string ReferenceText(ReferenceLine line) => $"{line.Label}: {ChartNumbers.Value(line.Value, Chart.ValueAxis)}";

    /// <summary>Draws the legend from <paramref name="top"/>, wrapping entries onto new rows; returns its height.</summary>
    internal double Legend(List<ChartShape> shapes, double top)
    {
        if (!ShowLegend)
        {
            return 0;
        }

        var entries = new List<(string Text, Action<double, double> Swatch)>();
        for (var i = 0; i < Chart.Series.Count; i++)
        {
            var style = Styles[i];
            entries.Add((Chart.Series[i].Name, (x, y) =>
            {
                if (Chart.Kind == ChartKind.Line)
                {
                    shapes.Add(new ChartLine([(x, y), (x + SwatchWidth, y)], style.Colour, 1.5, style.Dash));
                    shapes.Add(new ChartMarker(x + (SwatchWidth / 2), y, 5, style.Marker, style.Colour));
                }
                else
                {
                    shapes.Add(new ChartRect(x + 4, y - 4.5, 12, 9, style.Colour, Theme.Text, style.Dash));
                }
            }));
        }

        foreach (var line in Chart.ReferenceLines)
        {
            entries.Add((ReferenceText(line), (x, y) => shapes.Add(new ChartLine([(x, y), (x + SwatchWidth, y)], Theme.Text, 1.2, SeriesStyle.ReferenceDash))));
        }

        var rowHeight = LegendSize * 1.7;
        var rows = 0;
        var cursor = double.MaxValue;
        foreach (var (text, swatch) in entries)
        {
            var entryWidth = SwatchWidth + 4 + Measure(text, LegendSize, false);
            if (cursor + entryWidth > Width)
            {
                rows++;
                cursor = 0;
            }

            var middle = top + ((rows - 0.5) * rowHeight);
            swatch(cursor, middle);
            shapes.Add(new ChartText(cursor + SwatchWidth + 4, middle + (LegendSize * 0.35), text, TextAnchor.Start, LegendSize, false, Theme.Text));
            cursor += entryWidth + EntryGap;
        }

        return rows * rowHeight;
    }

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/> at spaces; a long word stands alone.</summary>
    internal IReadOnlyList<string> Wrap(string text, double width, double size)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Measure(candidate, size, false) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
