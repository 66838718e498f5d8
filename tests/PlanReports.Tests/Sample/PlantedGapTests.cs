using System.Globalization;
using PlanReports.Sample;
using PlanReports.Testing;

namespace PlanReports.Tests.Sample;

/// <summary>
/// Each validation rule of issue 2 item 6, applied to the generated sample, finds exactly the gap planted for it
/// (and data/sample/README.md lists exactly those), so a validator that reports anything else is wrong.
/// </summary>
public sealed class PlantedGapTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    private const string April = "2012-13-apr";

    // Seed 000 §4's example of what to avoid: a routine, repeating event rather than a critical success factor.
    private static readonly System.Text.RegularExpressions.Regex Everyday = new(
        @"^(Weekly|Monthly|Quarterly|Annual)\b|\b(review|meeting|report) (completed|held|submitted)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    [Fact]
    public void The_readme_lists_exactly_the_planted_gaps()
    {
        var readme = File.ReadAllLines(RepoPaths.Combine("data", "sample", "README.md"));
        var start = Array.FindIndex(readme, l => l.StartsWith("## Planted gaps", StringComparison.Ordinal));
        var listed = readme.Skip(start).Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| rule", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (Rule: cells[1], Name: cells[2], Code: cells[3]))
            .ToList();

        Assert.Equal(sample.Context.Gaps.All.Select(g => (g.Rule, g.OrganisationName, g.OrganisationCode)), listed);
    }

    [Fact]
    public void Only_the_planted_cluster_misses_a_domain_rating()
    {
        var counts = Rows(sample.Tables.DomainRating).GroupBy(r => (r["submission_code"], r["organisation_code"])).ToDictionary(g => g.Key, g => g.Count());

        var incomplete = counts.Where(c => c.Value != 13).Select(c => c.Key).ToList();
        Assert.Equal([(April, "C04")], incomplete);
        Assert.Equal(51 * 2, counts.Count);
        Assert.DoesNotContain(Rows(sample.Tables.DomainRating), r => r["organisation_code"] == "C04" && r["submission_code"] == April && r["domain_code"] == "informatics");
    }

    [Fact]
    public void Only_the_planted_april_rating_has_no_key_risks()
    {
        var missing = Rows(sample.Tables.DomainRating)
            .Where(r => r["submission_code"] == April && (r["key_risks"] is null || r["mitigating_action"] is null))
            .Select(r => (r["organisation_code"], r["domain_code"])).ToList();

        Assert.Equal([("C05", "workforce")], missing);
    }

    [Fact]
    public void Only_the_planted_pct_misses_a_trajectory_for_a_relevant_indicator()
    {
        var relevant = sample.Reference.Indicators.Where(i => i.PlannedPerPct).Select(i => i.Code).ToList();
        var pcts = Rows(sample.Tables.Organisation).Where(o => o["type"] == "pct").Select(o => o["code"]!).ToList();
        var present = Rows(sample.Tables.Trajectory).Select(r => (r["submission_code"], r["organisation_code"], r["indicator_code"])).ToHashSet();

        var missing = (from submission in new[] { "2012-13-jan", April }
                       from pct in pcts
                       from indicator in relevant
                       where !present.Contains((submission, pct, indicator))
                       select (submission, pct, indicator)).ToList();
        Assert.Equal([(April, "5I7", "QUAL-12")], missing);
    }

    [Fact]
    public void Only_the_planted_clusters_break_the_qipp_rules()
    {
        var programmes = Rows(sample.Tables.QippProgramme).GroupBy(r => (r["submission_code"], r["organisation_code"])).ToList();
        var savings = Rows(sample.Tables.PlannedSavings).ToDictionary(r => (r["submission_code"], r["organisation_code"], r["year"]), r => Number(r["amount_k"]));

        var wrongCount = programmes.Where(g => g.Count() is < 5 or > 7).Select(g => g.Key).ToList();
        var lowShare = programmes.Where(g => g.Sum(p => Number(p["savings_2012_13_k"])) <= 0.5 * savings[(g.Key.Item1, g.Key.Item2, "2012/13")])
            .Select(g => g.Key).ToList();

        Assert.Equal([(April, "C46")], wrongCount);
        Assert.Equal([(April, "C19")], lowShare);
    }

    [Fact]
    public void Only_the_planted_cluster_has_an_everyday_milestone()
    {
        var everyday = Rows(sample.Tables.Milestone)
            .Where(m => Everyday.IsMatch(m["title"]!))
            .Select(m => (m["submission_code"], m["organisation_code"], m["title"])).ToList();

        Assert.Equal([(April, "C36", "Quarterly review completed")], everyday);
    }

    [Fact]
    public void Only_the_planted_cluster_misses_an_annex_2_expectation()
    {
        var expected = sample.Reference.MilestoneExpectations.Where(e => e.Audience == "pct-clusters").Select(e => e.Code).ToList();
        var linked = Rows(sample.Tables.Milestone).Where(m => m["national_milestone_code"] is not null)
            .Select(m => (m["submission_code"], m["organisation_code"], m["national_milestone_code"])).ToHashSet();
        var clusters = Rows(sample.Tables.Organisation).Where(o => o["type"] == "pct-cluster").Select(o => o["code"]!).ToList();

        var missing = (from submission in new[] { "2012-13-jan", April }
                       from cluster in clusters
                       from code in expected
                       where !linked.Contains((submission, cluster, code))
                       select (submission, cluster, code)).ToList();
        Assert.Equal([(April, "C22", "A2-PH-001")], missing);
    }

    [Fact]
    public void Only_the_planted_boards_break_the_bcf_rules()
    {
        var conditions = Rows(sample.Tables.BcfConditionStatus).GroupBy(r => r["hwb_code"]).Where(g => g.Count() != 6).Select(g => g.Key).ToList();
        var metrics = Rows(sample.Tables.BcfMetricPlan).ToList();
        var noAmbition = metrics.Where(m => m["ambition_numerator"] is null || m["ambition_denominator"] is null || m["ambition_period"] is null)
            .Select(m => (m["hwb_code"], m["metric_code"])).ToList();
        // A local alternative is justified when it answers the seed's criteria, starting with the link to the strategy.
        var unjustified = metrics.Where(m => m["metric_code"] is null
                && !m["local_justification"]!.Contains("Joint Health and Wellbeing Strategy", StringComparison.Ordinal))
            .Select(m => m["hwb_code"]).ToList();
        var minimum = Rows(sample.Tables.BcfMinimum).ToDictionary(r => (r["hwb_code"], r["year"]), r => Number(r["amount_gbp"]));
        var funds = Rows(sample.Tables.BcfFundLine).GroupBy(r => (r["hwb_code"], r["year"])).ToDictionary(g => g.Key, g => g.Sum(r => Number(r["amount_gbp"])));
        var underMinimum = minimum.Where(m => funds[m.Key] < m.Value).Select(m => m.Key).ToList();

        Assert.Equal(["HWB017"], conditions);
        Assert.Equal([("HWB134", "reablement")], noAmbition);
        Assert.Equal(["HWB129"], unjustified);
        Assert.Equal([("HWB080", "2015/16")], underMinimum);
        Assert.Equal(152 * 6, metrics.Count);
    }

    private static IEnumerable<IReadOnlyDictionary<string, string?>> Rows(SampleTable table) => SampleFixture.Rows(table);

    private static double Number(string? cell) => double.Parse(cell!, CultureInfo.InvariantCulture);
}
