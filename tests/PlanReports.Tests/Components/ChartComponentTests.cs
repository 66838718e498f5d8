using Dapper;
using PlanReports.Components;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Reports;
using PlanReports.Reports.BcfPlanPack;
using PlanReports.Reports.RagNarrativePack;
using PlanReports.Reports.RegionalSummary;
using PlanReports.Tests.Families;

namespace PlanReports.Tests.Components;

/// <summary>The chart components build their charts from the store's numbers: trajectories, rating profiles and the BCF fund and metrics.</summary>
public sealed class ChartComponentTests
{
    private static readonly SourceRef Source = new("test", "template.md", 1);

    [Fact]
    public void A_pct_trajectory_chart_has_a_month_per_plan_the_actuals_and_the_standard_as_a_reference_line()
    {
        using var c = FixtureStore.Create();
        c.Execute("INSERT INTO actual (organisation_code, indicator_code, period, value) VALUES ('P1', 'mrsa', '2012-04', 1)");
        var pack = new RagNarrativePackSource(c).Load("C1");

        var charts = Build(new TrajectoryChartComponent(), new RagNarrativePackDocument(pack), ("pct", "P1")).Cast<Chart>().ToList();

        var chart = Assert.Single(charts);
        Assert.Equal(ChartKind.Line, chart.Kind);
        Assert.Equal(["Apr 2012", "May 2012"], chart.Categories);
        Assert.Equal(["Planned", "Actual"], chart.Series.Select(s => s.Name));
        Assert.Equal([0d, 3d], chart.Series[0].Values);
        Assert.Equal([1d, null], chart.Series[1].Values);
        Assert.Equal(new ReferenceLine("National standard", 2), Assert.Single(chart.ReferenceLines));
        Assert.Equal(ChartValueFormat.Number, chart.ValueAxis.Format);
        Assert.Contains("misses the standard in 1 of 2 months", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("Incidence of MRSA: Alpha North PCT", chart.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_trajectory_chart_gives_one_indicators_chart_for_each_pct_that_plans_it_titled_by_the_pct()
    {
        using var c = FixtureStore.Create();
        c.Execute("INSERT INTO trajectory (submission_code, organisation_code, indicator_code, standard_position, period, planned_value) SELECT submission_code, 'P2', indicator_code, standard_position, period, planned_value + 1 FROM trajectory WHERE organisation_code = 'P1' AND indicator_code = 'mrsa'");
        var pack = new RagNarrativePackSource(c).Load("C1");
        var document = new RagNarrativePackDocument(pack);

        var charts = Build(new TrajectoryChartComponent(), document, ("cluster", "C1"), ("indicator", "Incidence of MRSA")).Cast<Chart>().ToList();

        Assert.Equal(["Incidence of MRSA"], pack.MonthlyIndicators);
        Assert.Equal(["Alpha North PCT", "Alpha South PCT"], charts.Select(ch => ch.Caption));
        Assert.Equal([1d, 4d], charts[1].Series[0].Values);
        Assert.Contains("Incidence of MRSA for Alpha South PCT", charts[1].AltText, StringComparison.Ordinal);
        Assert.Empty(Build(new TrajectoryChartComponent(), document, ("cluster", "C1"), ("indicator", "Smoking quitters")));
        Assert.Contains("indicator=", Assert.Throws<InvalidOperationException>(() => Build(new TrajectoryChartComponent(), document, ("cluster", "C1"))).Message, StringComparison.Ordinal);
        Assert.Contains("'C9'", Assert.Throws<InvalidOperationException>(() => Build(new TrajectoryChartComponent(), document, ("cluster", "C9"), ("indicator", "Incidence of MRSA"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pct_without_a_monthly_standard_gets_no_trajectory_chart()
    {
        using var c = FixtureStore.Create();
        var pack = new RagNarrativePackSource(c).Load("C1");

        Assert.Empty(Build(new TrajectoryChartComponent(), new RagNarrativePackDocument(pack), ("pct", "P2")));
    }

    [Fact]
    public void An_area_trajectory_sums_counts_and_shows_an_actual_only_when_every_plan_has_one()
    {
        using var c = FixtureStore.Create();
        c.Execute("INSERT INTO trajectory (submission_code, organisation_code, indicator_code, period, planned_value) VALUES ('2012-13-apr', 'P2', 'mrsa', '2012-04', 1)");
        c.Execute("INSERT INTO actual (organisation_code, indicator_code, period, value) VALUES ('P1', 'mrsa', '2012-04', 1), ('P1', 'mrsa', '2012-05', 2), ('P2', 'mrsa', '2012-05', 0)");

        var trajectory = Assert.Single(MonthlyTrajectories.ForArea(c, "C1", "Alpha PCT Cluster", FixtureStore.April));

        Assert.Equal([1d, 3d], trajectory.Planned);

        // April: P2 planned but recorded no actual, so the cluster has none; May: only P1 planned, so its actual stands.
        Assert.Equal([null, 2d], trajectory.Actual);
        Assert.Equal("sum of 2 PCT plans", trajectory.RollUp);
    }

    [Fact]
    public void A_pack_rating_profile_stacks_the_13_domain_ratings_of_each_submission()
    {
        using var c = FixtureStore.Create();
        var pack = new RagNarrativePackSource(c).Load("C1");

        var chart = (Chart)Assert.Single(Build(new RagProfileChartComponent(), new RagNarrativePackDocument(pack)));

        Assert.Equal(ChartKind.StackedBar, chart.Kind);
        Assert.Equal(pack.RatingHistory.Count, chart.Categories.Count);
        Assert.Equal(["Red", "Amber", "Green"], chart.Series.Take(3).Select(s => s.Name));
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            Assert.Equal(FixtureStore.DomainCodes.Count, chart.Series.Sum(s => s.Values[i] ?? 0));
            Assert.Equal(pack.RatingHistory[i].Assessments.Count(a => a.Rag == PlanReports.Reports.Lookups.Rag.Red), chart.Series[0].Values[i]);
        }

        Assert.Contains(chart.Series, s => s.Colour is not null);
    }

    [Fact]
    public void A_regional_rating_profile_counts_every_cluster_once_per_domain_in_each_submission()
    {
        using var c = FixtureStore.Create();
        var summary = new RegionalSummarySource(c).Load("Q01");

        var charts = Build(new RagProfileChartComponent(), summary).Cast<Chart>().ToList();

        Assert.Equal(summary.Changes is null ? 1 : 2, charts.Count);
        Assert.All(charts, chart =>
        {
            Assert.Equal(summary.Domains.Select(d => d.Label), chart.Categories);
            for (var d = 0; d < chart.Categories.Count; d++)
            {
                Assert.Equal(summary.Matrix.Count, chart.Series.Sum(s => s.Values[d] ?? 0));
            }
        });
        var latest = charts[^1];
        Assert.Equal(summary.Counts.Select(x => (double?)x.Red), latest.Series[0].Values);
        Assert.Equal(summary.Counts.Select(x => (double?)x.Green), latest.Series[2].Values);
    }

    [Fact]
    public void The_bcf_fund_chart_stacks_each_years_sources_to_its_total_above_the_minimum()
    {
        using var c = FixtureStore.Create();
        var plan = new BcfPlanPackSource(c).Load("H1");

        var chart = (Chart)Assert.Single(Build(new BcfChartComponent(), plan, ("show", "fund")));

        Assert.Equal(ChartValueFormat.Pounds, chart.ValueAxis.Format);
        foreach (var year in plan.FundYears)
        {
            var pool = chart.Categories.ToList().IndexOf($"{year.Year}: pooled fund");
            Assert.Equal(year.Total, chart.Series.Sum(s => s.Values[pool] ?? 0));
            if (year.Minimum is { } minimum)
            {
                var row = chart.Categories.ToList().IndexOf($"{year.Year}: minimum required");
                Assert.Equal(minimum, chart.Series[^1].Values[row]);
            }
        }
    }

    [Fact]
    public void The_bcf_metrics_charts_set_each_baseline_beside_its_ambition_one_chart_per_unit()
    {
        using var c = FixtureStore.Create();
        var plan = new BcfPlanPackSource(c).Load("H1");

        var charts = Build(new BcfChartComponent(), plan, ("show", "metrics")).Cast<Chart>().ToList();

        var measured = plan.Metrics.Where(m => m.Baseline is not null || m.Ambition is not null).ToList();
        Assert.Equal(measured.Select(m => m.Unit switch { "rate-per-100000" => 0, "percentage" => 1, _ => 2 }).Distinct().Count(), charts.Count);
        Assert.Equal(measured.Count, charts.Sum(ch => ch.Categories.Count));
        Assert.All(charts, ch => Assert.Equal(["Baseline", "Ambition"], ch.Series.Select(s => s.Name)));
        var percentage = measured.FirstOrDefault(m => m.Unit == "percentage" && m.Baseline is not null);
        if (percentage is not null)
        {
            var chart = charts.Single(ch => ch.ValueAxis.Format == ChartValueFormat.Percent);
            var row = chart.Categories.ToList().IndexOf(percentage.Name);
            Assert.Equal(percentage.Baseline!.Numerator / percentage.Baseline.Denominator * 100, chart.Series[0].Values[row]!.Value, 9);
        }
    }

    [Fact]
    public void An_unknown_bcf_chart_is_refused_naming_the_choices()
    {
        using var c = FixtureStore.Create();
        var plan = new BcfPlanPackSource(c).Load("H1");

        var error = Assert.Throws<InvalidOperationException>(() => Build(new BcfChartComponent(), plan, ("show", "schemes")));
        Assert.Contains("show=fund or show=metrics", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Block> Build(IComponent component, object model, params (string Key, string Value)[] arguments) =>
        component.Build(new ComponentContext(component.Name, arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal), model, Source));
}
