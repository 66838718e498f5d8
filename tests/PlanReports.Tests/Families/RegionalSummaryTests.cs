using PlanReports.Reports.Lookups;
using PlanReports.Reports.RegionalSummary;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Families;

public sealed class RegionalSummaryTests
{
    [EngineTheory]
    public void Targets_are_every_sha_cluster_then_england(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        Assert.Equal(["Q01", "Q02", "DH"], new RegionalSummarySource(c).Targets().Select(o => o.Code));
    }

    [EngineTheory]
    public void Each_target_says_how_many_pct_clusters_its_summary_covers_so_the_batch_can_schedule_it(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var targets = new RegionalSummaryModelSource().ListTargets(c, null!);

        // Q01 has C1 and C2; England covers every SHA cluster's PCT clusters.
        var covered = targets.ToDictionary(t => t.OrganisationCode, t => t.OrganisationsCovered);
        Assert.Equal(2, covered["Q01"]);
        Assert.Equal(covered["Q01"] + covered["Q02"], covered["DH"]);
        Assert.Equal(new RegionalSummarySource(c).Load("DH").Matrix.Count, covered["DH"]);
    }

    [EngineTheory]
    public void Matrix_and_counts_cover_the_sha_clusters_pct_clusters(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var s = new RegionalSummarySource(c).Load("Q01");
        Assert.Equal("Northern SHA Cluster", s.ScopeName);
        Assert.Equal(["C1", "C2"], s.Matrix.Select(r => r.Cluster.Code));
        var finance = s.Counts.Single(x => x.Domain.Code == "finance");
        Assert.Equal((1, 0, 1, 0), (finance.Red, finance.Amber, finance.Green, finance.NotRated));
        var informatics = s.Counts.Single(x => x.Domain.Code == "informatics");
        Assert.Equal((0, 0, 1, 1), (informatics.Red, informatics.Amber, informatics.Green, informatics.NotRated));
    }

    [EngineTheory]
    public void Trajectory_rollup_names_the_pcts_that_plan_to_miss_and_when(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var s = new RegionalSummarySource(c).Load("Q01");
        var ae = s.Trajectories.Single(t => t.IndicatorCode == "ae-4h");
        Assert.Equal(3, ae.PctsPlanned);
        var miss = Assert.Single(ae.Misses);
        Assert.Equal(("Alpha North PCT", "Alpha PCT Cluster", 2, "Q2 2012/13", "94.2%"), (miss.Pct.Name, miss.ClusterName, miss.MissedPeriods, miss.FirstPeriod, miss.FirstValue));
        Assert.Equal("1 of 3 PCTs with a trajectory plan to miss the standard (at least 95%) in at least one period.", ae.Verdict);
        Assert.DoesNotContain(s.Trajectories, t => t.IndicatorCode == "quitters");
    }

    [EngineTheory]
    public void Milestones_are_counted_by_latest_status_and_slipped_ones_listed(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var s = new RegionalSummarySource(c).Load("Q01");
        Assert.Equal(6, s.MilestoneCounts.Count);
        Assert.Equal((0, 1), Counts(s, "Complete"));
        Assert.Equal((1, 0), Counts(s, "Slipped"));
        Assert.Equal((0, 1), Counts(s, "At risk"));
        Assert.Equal((1, 1), Counts(s, "No progress reported"));
        var slipped = Assert.Single(s.SlippedMilestones);
        Assert.Equal(("Alpha PCT Cluster", "Urgent care centre open in the north"), (slipped.PlanHolder, slipped.Milestone.Title));
        var transition = Assert.Single(s.ShaTransitionMilestones);
        Assert.Equal("SHA PMS contracts divested", transition.Milestone.Title);
    }

    private static (int Qipp, int Reform) Counts(RegionalSummaryModel s, string status)
    {
        var row = s.MilestoneCounts.Single(m => m.Status == status);
        return (row.Qipp, row.Reform);
    }

    [EngineTheory]
    public void Top_risks_put_red_domains_first(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var s = new RegionalSummarySource(c).Load("Q01");
        Assert.Equal(
            [("Alpha PCT Cluster", "finance"), ("Beta PCT Cluster", "workforce"), ("Beta PCT Cluster", "overarching"), ("Alpha PCT Cluster", "qipp")],
            s.TopRisks.Select(r => (r.Cluster.Name, r.Domain.Code)));
        Assert.Equal("All 4 key risks recorded against red or amber domains: red domains first.", s.TopRisksNote);
    }

    [EngineTheory]
    public void Changes_between_january_and_april_list_ratings_savings_and_trajectories(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var changes = new RegionalSummarySource(c).Load("Q01").Changes!;
        Assert.Equal("January 2012", changes.From.MonthName);
        Assert.Contains(changes.Ratings, r => r.Cluster.Code == "C1" && r.Domain.Code == "finance" && r.FromText == "Amber" && r.ToText == "Red");
        Assert.Contains(changes.Ratings, r => r.Cluster.Code == "C2" && r.Domain.Code == "workforce" && r.FromText == "Not rated" && r.ToText == "Red");
        var saving = Assert.Single(changes.Savings);
        Assert.Equal(("2012/13", "£22,000k", "£20,000k", "-£2,000k"), (saving.Year, saving.FromText, saving.ToText, saving.ChangeText));
        var ae = changes.Trajectories.Single(t => t.Pct.Code == "P1" && t.IndicatorName.StartsWith("A&E", StringComparison.Ordinal));
        Assert.Equal((2, "Q2 2012/13", "95.0%", "94.2%"), (ae.PeriodsChanged, ae.PeriodText, ae.FromText, ae.ToText));
        Assert.Contains(changes.Trajectories, t => t.Pct.Code == "P2" && t.FromText == "Not planned");
        var byIndicator = changes.ByIndicator.Single(i => i.IndicatorName.StartsWith("A&E", StringComparison.Ordinal));
        Assert.Equal(3, byIndicator.PctsChanged);
        Assert.Equal(["Alpha North PCT"], byIndicator.NowMissing);
        Assert.Equal("None", byIndicator.NowMeetingText);
    }

    [EngineTheory]
    public void Region_without_a_january_submission_reports_no_changes_and_missing_narrative(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var s = new RegionalSummarySource(c).Load("Q02");
        Assert.Null(s.Changes);
        var narrative = Assert.Single(s.Narratives);
        Assert.False(narrative.Submitted);
        Assert.Equal("Southern SHA Cluster submitted no narrative on its assurance approach.", narrative.MissingText);
    }

    [EngineTheory]
    public void England_covers_every_pct_cluster_and_every_sha_narrative(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var s = new RegionalSummarySource(c).Load("DH");
        Assert.True(s.IsEngland);
        Assert.Equal("England", s.ScopeName);
        Assert.Equal(["C1", "C2", "C3"], s.Matrix.Select(r => r.Cluster.Code));
        Assert.Equal(["Q01", "Q02"], s.Narratives.Select(n => n.ShaCluster.Code));
        Assert.Equal(Rag.Red, s.Matrix[2].Assessments.Single(a => a.Domain.Code == "finance").Rag);
    }
}
