using PlanReports.Reports.Lookups;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Families;

public sealed class LookupTests
{
    [Fact]
    public void Rag_badge_colours_meet_wcag_contrast_and_carry_a_word()
    {
        foreach (var rag in Rag.Scale)
        {
            var badge = rag.ToBadge();
            Assert.True(badge.Background.ContrastWith(badge.Foreground) >= 4.5, $"{rag.Label}: {badge.Background.ContrastWith(badge.Foreground):0.00}");
            Assert.Equal(rag.Label, badge.Text);
        }
    }

    [Fact]
    public void Unknown_rag_value_is_named_in_the_error()
    {
        var e = Assert.Throws<ArgumentException>(() => Rag.Of("purple"));
        Assert.Contains("'purple'", e.Message, StringComparison.Ordinal);
    }

    [EngineTheory]
    public void Ratings_come_in_seed_order_with_missing_domains_left_unrated(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var beta = new RatingQuery(c).ForCluster(FixtureStore.April, "C2");
        Assert.Equal(FixtureStore.DomainCodes, beta.Select(d => d.Domain.Code));
        Assert.Equal(Rag.Red, beta.Single(d => d.Domain.Code == "workforce").Rag);
        Assert.Equal(9, beta.Count(d => d.Rag is null));
    }

    [EngineTheory]
    public void Latest_rated_submission_is_april_and_its_previous_is_january(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var lookup = new SubmissionLookup(c);
        var latest = lookup.LatestRated(lookup.LatestRound("integrated-plan"));
        Assert.Equal(FixtureStore.April, latest.Code);
        Assert.True(latest.RequiresKeyRisks);
        Assert.Equal("April 2012", latest.MonthName);
        Assert.Equal(FixtureStore.January, lookup.Previous(latest)!.Code);
    }

    [EngineTheory]
    public void Sha_cluster_is_found_above_a_pct(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var organisations = new OrganisationLookup(c);
        Assert.Equal("Q01", organisations.AncestorOfType(organisations.Get("P1"), "sha-cluster").Code);
        Assert.Equal(["10 Alpha Street", "Alphaton"], organisations.Get("C1").AddressLines);
    }

    [EngineTheory]
    public void Milestone_status_is_the_latest_month_reported(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var milestones = new MilestoneQuery(c).For(FixtureStore.April, ["C1"], "qipp");
        var north = milestones.Single(m => m.Code == "m-u1");
        Assert.Equal("Slipped (reported June 2012)", north.StatusWithMonth);
        Assert.Equal("No progress reported", milestones.Single(m => m.Code == "m-u2").StatusLabel);
    }

    [EngineTheory]
    public void Trajectory_verdict_names_the_first_missed_period(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var organisations = new OrganisationLookup(c);
        var t = new TrajectoryQuery(c).ForPcts(FixtureStore.April, [organisations.Get("P1")]);
        Assert.Equal("Misses the standard (at least 95%) in 2 of 4 periods, first in Q2 2012/13 (94.2%).", t.Single(x => x.IndicatorCode == "ae-4h").Verdict);
        Assert.Equal("Misses the standard (at most 2) in 1 of 2 periods, first in May 2012 (3).", t.Single(x => x.IndicatorCode == "mrsa").Verdict);
        Assert.Equal("No national standard applies.", t.Single(x => x.IndicatorCode == "quitters").Verdict);
    }

    [Theory]
    [InlineData("2012-06", "June 2012")]
    [InlineData("2012-Q4", "Q4 2012/13")]
    [InlineData("2012/13", "2012/13")]
    public void Periods_read_as_people_write_them(string period, string expected) =>
        Assert.Equal(expected, DisplayFormat.Period(period));

    [Fact]
    public void Money_and_dates_are_british_whatever_the_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("£1,234,567", DisplayFormat.Pounds(1_234_567));
            Assert.Equal("4 May 2012", DisplayFormat.Date(new DateOnly(2012, 5, 4)));
            Assert.Equal("95.5%", DisplayFormat.Percent(95.5));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
