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
/// </summary>
internal sealed class TrajectoryChartComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "trajectory-chart";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trajectories = context.Arguments.TryGetValue("pct", out var code)
            ? ForPct(context, code)
            : ModelValue.List<MonthlyTrajectory>(context, "rows");
        return trajectories.Where(t => t.Months.Count > 0).Select(Chart).ToList();
    }

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

    private static IReadOnlyList<MonthlyTrajectory> ForPct(ComponentContext context, string code)
    {
        var packs = context.Model switch
        {
            RagNarrativePackDocument document => [document.Pack],
            RagNarrativeBundleModel bundle => bundle.Packs,
            _ => throw new InvalidOperationException($"trajectory-chart: pct=… needs a pack or bundle model, not {context.Model?.GetType().Name ?? "none"}; elsewhere use rows=…"),
        };
        return packs.SelectMany(p => p.Trajectories).FirstOrDefault(t => t.Pct.Code == code)?.Monthly
            ?? throw new InvalidOperationException($"trajectory-chart: no pack holds the PCT '{code}'");
    }
}
