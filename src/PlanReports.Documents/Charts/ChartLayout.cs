using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;

namespace PlanReports.Documents.Charts;

/// <summary>
/// Lays a <see cref="Chart"/> out for a width: legend, value axis on round numbers, gridlines, data, reference lines
/// and labels, as shapes the PDF and SVG renderers draw as they are. Text is measured with the caller's fonts.
/// </summary>
public static class ChartLayout
{
    /// <summary>
    /// Lays <paramref name="chart"/> out <paramref name="width"/> points wide; without its legend where
    /// <paramref name="legend"/> is false (a cell of a grid whose one legend is drawn by <see cref="Legend"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The chart's data does not fit its categories, or a value is not a finite number.</exception>
    public static ChartDrawing Draw(Chart chart, double width, DocumentTheme theme, TextMeasure measure, bool legend = true)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(measure);
        Check(chart);
        var context = new ChartLayoutContext(chart, width, theme, measure, legend);
        return chart.Kind == ChartKind.Line ? LineChartLayout.Draw(context) : BarChartLayout.Draw(context);
    }

    /// <summary>The legend of <paramref name="chart"/> alone, <paramref name="width"/> points wide: the one legend of a grid.</summary>
    public static ChartDrawing Legend(Chart chart, double width, DocumentTheme theme, TextMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(measure);
        Check(chart);
        var shapes = new List<ChartShape>();
        var height = new ChartLayoutContext(chart, width, theme, measure, legend: true).Legend(shapes, 0);
        return new ChartDrawing(width, height, shapes);
    }

    /// <summary>The scale of the chart's value axis: round numbers covering the data and every reference line.</summary>
    public static ChartScale Scale(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var values = new List<double>();
        if (chart.Kind == ChartKind.StackedBar)
        {
            for (var i = 0; i < chart.Categories.Count; i++)
            {
                values.Add(chart.Series.Sum(s => Math.Max(0, s.Values[i] ?? 0)));
                values.Add(chart.Series.Sum(s => Math.Min(0, s.Values[i] ?? 0)));
            }
        }
        else
        {
            values.AddRange(chart.Series.SelectMany(s => s.Values).OfType<double>());
        }

        values.AddRange(chart.ReferenceLines.Select(r => r.Value));
        var axis = chart.ValueAxis;
        var low = values.DefaultIfEmpty(0).Min();
        var high = values.DefaultIfEmpty(1).Max();

        // Bars start at zero, so their lengths compare. A line chart may start nearer its data, but its axis spans at
        // least a tenth of the largest value, so a change of a few tenths of a point does not look like a collapse.
        if (chart.Kind != ChartKind.Line || axis.Minimum is not null)
        {
            low = Math.Min(low, axis.Minimum ?? 0);
        }
        else
        {
            var span = Math.Abs(high) / 10;
            if (high - low < span)
            {
                low = low >= 0 ? Math.Max(0, high - span) : high - span;
            }
        }

        high = Math.Max(high, axis.Maximum ?? high);
        // Whole numbers (counts, pounds) get whole steps.
        var whole = axis.Decimals == 0 && values.All(v => v == Math.Round(v));
        return ChartScale.Nice(low, high, 6, whole ? 1 : 0);
    }

    private static void Check(Chart chart)
    {
        var where = $"The chart \"{chart.Caption}\" ({chart.Source?.ToString() ?? "no source recorded"})";
        if (string.IsNullOrWhiteSpace(chart.AltText))
        {
            throw new InvalidOperationException($"{where} has no alternative text; every chart needs one.");
        }

        foreach (var series in chart.Series)
        {
            if (series.Values.Count != chart.Categories.Count)
            {
                throw new InvalidOperationException(
                    $"{where}: the series \"{series.Name}\" has {series.Values.Count} values for {chart.Categories.Count} categories.");
            }

            if (series.Values.Any(v => v is { } x && !double.IsFinite(x)))
            {
                throw new InvalidOperationException($"{where}: the series \"{series.Name}\" holds a value that is not a finite number.");
            }
        }

        if (chart.ReferenceLines.Any(r => !double.IsFinite(r.Value)))
        {
            throw new InvalidOperationException($"{where}: a reference line's value is not a finite number.");
        }
    }
}
