using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Reports;
using PlanReports.Reports.RagNarrativeBundle;
using PlanReports.Reports.RagNarrativePack;

namespace PlanReports.Components;

/// <summary>
/// <c>::: trajectory-chart pct=CODE</c> (in a pack or bundle) or <c>::: trajectory-chart rows=…</c> (a list of
/// monthly trajectories in the view model): one line chart per national standard with a figure of a monthly indicator,
/// the plan against it for each month of 2012/13 and the actuals recorded so far, with the standard's own figure as a
/// dashed reference line. One chart per standard rather than one per indicator: the referral to treatment standards
/// sit at 90%, 92%, 95% and under 1%, and each plan is read against its own line on an axis scaled to it.
/// <c>::: trajectory-chart cluster=CODE indicator="NAME"</c> gives that one indicator's chart for each PCT of the
/// cluster, each titled by its PCT: the cells of a <c>:::: chart-grid</c> captioned with the indicator.
/// </summary>
internal sealed class TrajectoryChartComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "trajectory-chart";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Arguments.TryGetValue("cluster", out var cluster))
        {
            var indicator = context.Arguments.TryGetValue("indicator", out var name)
                ? name
                : throw new InvalidOperationException("trajectory-chart: cluster=… gives one indicator across the cluster's PCTs; name it with indicator=\"…\"");
            return ForCluster(context, cluster).Select(pct => pct.FirstOrDefault(t => GridKey(t) == indicator))
                .OfType<MonthlyTrajectory>()
                .Where(t => t.Months.Count > 0)
                .Select(t => Chart(t) with { Caption = t.Area })
                .ToList();
        }

        var trajectories = context.Arguments.TryGetValue("pct", out var code)
            ? ForPct(context, code)
            : ModelValue.List<MonthlyTrajectory>(context, "rows");
        return trajectories.Where(t => t.Months.Count > 0).Select(Chart).ToList();
    }

    /// <summary>
    /// Which grid a trajectory's chart goes in: the charts of one indicator's standard across a cluster's PCTs compare
    /// at a glance on one axis (the name carries the standard's measure where the indicator has several). Templates list the keys with the pack's <c>monthly_indicators</c>.
    /// </summary>
    internal static string GridKey(MonthlyTrajectory trajectory) => trajectory.Indicator;

    /// <summary>The chart of one trajectory.</summary>
    internal static Chart Chart(MonthlyTrajectory t)
    {
        var percent = t.Unit == "percentage";
        var axis = new ChartAxis(percent ? "Per cent" : "Number", percent ? ChartValueFormat.Percent : ChartValueFormat.Number, percent ? 1 : 0);
        var series = new List<ChartSeries> { new("Planned", t.Planned) };
        if (t.Actual.Any(v => v is not null))
        {
            series.Add(new ChartSeries("Actual", t.Actual));
        }

        var area = t.RollUp.Length > 0 ? $"{t.Area} ({t.RollUp})" : t.Area;
        return new Chart(
            ChartKind.Line,
            $"{t.Indicator}: {area}, by month against the national standard",
            AltText(t, axis),
            "Month",
            t.Months.Select(UkFormat.ShortMonthAndYear).ToList(),
            series,
            axis,
            [new ReferenceLine(t.Direction == StandardDirection.LessThan ? "National standard (less than)" : "National standard", t.StandardValue)]);
    }

    private static string AltText(MonthlyTrajectory t, ChartAxis axis)
    {
        string V(double value) => Documents.Charts.ChartNumbers.Value(value, axis);
        string M(int i) => UkFormat.ShortMonthAndYear(t.Months[i]);
        var text = $"Line chart of {t.Indicator} for {t.Area}, {M(0)} to {M(t.Months.Count - 1)}, against the national standard of {(t.Direction == StandardDirection.LessThan ? "less than " : string.Empty)}{V(t.StandardValue)}.";
        var planned = Enumerable.Range(0, t.Months.Count).Where(i => t.Planned[i] is not null).ToList();
        if (planned.Count > 0)
        {
            var misses = t.PlannedMisses;
            text += $" The plan runs from {V(t.Planned[planned[0]]!.Value)} in {M(planned[0])} to {V(t.Planned[planned[^1]]!.Value)} in {M(planned[^1])}"
                + (misses == 0 ? ", meeting the standard in every month." : $" and misses the standard in {misses} of {planned.Count} months.");
        }

        var actual = Enumerable.Range(0, t.Months.Count).Where(i => t.Actual[i] is not null).ToList();
        text += actual.Count == 0
            ? " No actuals are recorded yet."
            : $" Actuals are recorded for {actual.Count} month{(actual.Count == 1 ? string.Empty : "s")}, the latest {V(t.Actual[actual[^1]]!.Value)} in {M(actual[^1])}.";
        return text;
    }

    private static IReadOnlyList<MonthlyTrajectory> ForPct(ComponentContext context, string code) =>
        Packs(context, "pct").SelectMany(p => p.Trajectories).FirstOrDefault(t => t.Pct.Code == code)?.Monthly
            ?? throw new InvalidOperationException($"trajectory-chart: no pack holds the PCT '{code}'");

    /// <summary>Each PCT's monthly trajectories in the cluster's pack, PCTs in the pack's order.</summary>
    private static IEnumerable<IReadOnlyList<MonthlyTrajectory>> ForCluster(ComponentContext context, string code) =>
        (Packs(context, "cluster").FirstOrDefault(p => p.Cluster.Code == code)
            ?? throw new InvalidOperationException($"trajectory-chart: no pack is for the cluster '{code}'"))
        .Trajectories.Select(t => t.Monthly);

    private static IReadOnlyList<RagNarrativePackModel> Packs(ComponentContext context, string argument) => context.Model switch
    {
        RagNarrativePackDocument document => [document.Pack],
        RagNarrativeBundleModel bundle => bundle.Packs,
        _ => throw new InvalidOperationException($"trajectory-chart: {argument}=… needs a pack or bundle model, not {context.Model?.GetType().Name ?? "none"}; elsewhere use rows=…"),
    };
}
