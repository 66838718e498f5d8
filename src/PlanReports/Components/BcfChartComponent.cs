using PlanReports.Documents.Charts;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Reports.BcfPlanPack;

namespace PlanReports.Components;

/// <summary>
/// <c>::: bcf-chart show=fund</c>: the pooled fund of each year stacked by source, with the minimum the allocation
/// letter sets as a bar beneath it. <c>::: bcf-chart show=metrics</c>: each metric's baseline beside its ambition,
/// one chart per unit (rates per 100,000, percentages, scores), since one axis cannot carry them all.
/// </summary>
internal sealed class BcfChartComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "bcf-chart";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Model is not BcfPlanPackModel plan)
        {
            throw new InvalidOperationException($"bcf-chart needs the BCF plan pack model, not {context.Model?.GetType().Name ?? "none"}");
        }

        var show = ModelValue.Argument(context, "show");
        return show switch
        {
            "fund" => plan.FundLines.Count == 0 ? [] : [Fund(plan)],
            "metrics" => Metrics(plan),
            _ => throw new InvalidOperationException($"bcf-chart: show='{show}' is unknown; use show=fund or show=metrics"),
        };
    }

    private static Chart Fund(BcfPlanPackModel plan)
    {
        // In the order the pack's fund table lists the sources.
        var sources = plan.FundLines.Select(l => l.Source).Distinct(StringComparer.Ordinal).ToList();
        var categories = new List<string>();
        var values = sources.ToDictionary(s => s, _ => new List<double?>(), StringComparer.Ordinal);
        var minimum = new List<double?>();
        foreach (var year in plan.FundYears)
        {
            categories.Add($"{year.Year}: pooled fund");
            foreach (var source in sources)
            {
                var lines = plan.FundLines.Where(l => l.Source == source).ToList();
                values[source].Add(lines.Count == 0 ? null : lines.Sum(l => year.Year == "2014/15" ? l.Amount201415 : l.Amount201516));
            }

            minimum.Add(null);
            if (year.Minimum is { } m)
            {
                categories.Add($"{year.Year}: minimum required");
                foreach (var source in sources)
                {
                    values[source].Add(null);
                }

                minimum.Add(m);
            }
        }

        var series = sources.Select(s => new ChartSeries(FundLine.LabelOf(s), values[s])).ToList();
        if (minimum.Any(v => v is not null))
        {
            series.Add(new ChartSeries("Minimum required by the allocation letter", minimum));
        }

        return new Chart(
            ChartKind.StackedBar,
            $"Pooled fund by source against the minimum: {plan.Hwb.Name}",
            $"Stacked bar chart of the {plan.Hwb.Name} pooled fund by source in each year, each year's total above the minimum the allocation letter requires. "
                + string.Join(" ", plan.FundYears.Select(y => y.Verdict)),
            "Year",
            categories,
            series,
            new ChartAxis("Pounds", ChartValueFormat.Pounds),
            []);
    }

    private static List<Block> Metrics(BcfPlanPackModel plan)
    {
        var charts = new List<Block>();
        var measured = plan.Metrics.Where(m => m.Baseline is not null || m.Ambition is not null).ToList();
        foreach (var group in measured.GroupBy(m => UnitOf(m.Unit)).OrderBy(g => g.Key.Order))
        {
            var metrics = group.ToList();
            var (_, title, format, decimals, scale) = group.Key;
            var axis = new ChartAxis(title, format, decimals);
            double? Value(MetricCounts? c) => c is null || c.Denominator == 0 ? null : c.Numerator / c.Denominator * scale;
            var baseline = metrics.Select(m => Value(m.Baseline)).ToList();
            var ambition = metrics.Select(m => Value(m.Ambition)).ToList();
            string Words(double? v) => v is { } x ? ChartNumbers.Value(x, axis) : "none recorded";
            charts.Add(new Chart(
                ChartKind.Bar,
                $"Metrics measured as {title.ToLowerInvariant()}: baseline and ambition, {plan.Hwb.Name}",
                $"Bar chart of the baseline and the ambition of each metric measured as {title.ToLowerInvariant()} in the {plan.Hwb.Name} plan: "
                    + string.Join("; ", metrics.Select((m, i) => $"{m.Name}, baseline {Words(baseline[i])}, ambition {Words(ambition[i])}")) + ".",
                "Metric",
                metrics.Select(m => m.Name).ToList(),
                [new ChartSeries("Baseline", baseline), new ChartSeries("Ambition", ambition)],
                axis,
                []));
        }

        return charts;
    }

    private static (int Order, string Title, ChartValueFormat Format, int Decimals, double Scale) UnitOf(string? unit) => unit switch
    {
        "rate-per-100000" => (0, "Rate per 100,000", ChartValueFormat.Number, 1, 100_000),
        "percentage" => (1, "Percentage", ChartValueFormat.Percent, 1, 100),
        _ => (2, "Score", ChartValueFormat.Number, 2, 1),
    };
}
