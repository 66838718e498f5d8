using PlanReports.Documents.Model;

namespace PlanReports.Documents.Charts;

/// <summary>What every renderer of a <see cref="ChartGrid"/> shares: one value axis for all cells, and one legend where the cells' legends agree.</summary>
public static class ChartGridLayout
{
    /// <summary>The space between two cells of a row, in points.</summary>
    public const double Gap = 14;

    /// <summary>
    /// The charts with one value axis: round numbers covering every chart's data and reference lines, fixed on each
    /// chart's axis, so a value stands at the same height in every cell. Charts of different kinds or value formats
    /// cannot share one axis.
    /// </summary>
    /// <exception cref="InvalidOperationException">The charts differ in kind or in how values are written.</exception>
    public static IReadOnlyList<Chart> ShareScale(IReadOnlyList<Chart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        if (charts.Count < 2)
        {
            return charts;
        }

        if (charts.Select(c => (c.Kind, c.ValueAxis.Format, c.ValueAxis.Title)).Distinct().Count() > 1)
        {
            throw new InvalidOperationException(
                $"the charts \"{charts[0].Caption}\" and \"{charts.First(c => (c.Kind, c.ValueAxis.Format, c.ValueAxis.Title) != (charts[0].Kind, charts[0].ValueAxis.Format, charts[0].ValueAxis.Title)).Caption}\" differ in kind or value axis, so they cannot share a scale");
        }

        var scales = charts.Select(ChartLayout.Scale).ToList();
        var shared = ChartScale.Nice(scales.Min(s => s.Minimum), scales.Max(s => s.Maximum), 6, scales.Min(s => s.Step) >= 1 && charts.All(c => c.ValueAxis.Decimals == 0) ? 1 : 0);
        return charts.Select(c => c with { ValueAxis = c.ValueAxis with { Minimum = shared.Minimum, Maximum = shared.Maximum } }).ToList();
    }

    /// <summary>
    /// The chart whose legend names every series and reference line of the grid, or null where the cells' legends
    /// differ (then each cell keeps its own). A cell may show fewer series (a PCT with no actuals yet) as long as
    /// they come first in the same order, so each keeps its style; reference lines must be the same.
    /// </summary>
    public static Chart? SharedLegend(ChartGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (grid.Charts.Count < 2)
        {
            return null;
        }

        var fullest = grid.Charts.MaxBy(c => c.Series.Count)!;
        var names = fullest.Series.Select(s => s.Name).ToList();
        var references = fullest.ReferenceLines.Select(r => (r.Label, r.Value)).ToList();
        var agree = grid.Charts.All(c =>
            c.Kind == fullest.Kind
            && c.Series.Select(s => s.Name).SequenceEqual(names.Take(c.Series.Count))
            && c.Series.Select((s, i) => s.Colour == fullest.Series[i].Colour).All(same => same)
            && c.ReferenceLines.Select(r => (r.Label, r.Value)).SequenceEqual(references));
        return agree ? fullest : null;
    }

    /// <summary>The shared legend in words, the alternative text of its picture: "Key to the charts below: Planned; Actual; National standard: 95.0%."</summary>
    public static string LegendText(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var entries = chart.Series.Select(s => s.Name).Concat(chart.ReferenceLines.Select(r => $"{r.Label}: {ChartNumbers.Value(r.Value, chart.ValueAxis)}"));
        return $"Key to the charts below: {string.Join("; ", entries)}.";
    }
}
