using System.Globalization;
using PlanReports.Sample;

namespace PlanReports.Tests.Sample;

/// <summary>Outside the planted gaps the sample is consistent: decisions summarise the ratings, sums add up, dates fall in the round.</summary>
public sealed class SampleConsistencyTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    [Fact]
    public void Each_pct_assurance_decision_carries_the_cluster_s_april_overarching_rating()
    {
        var overarching = Rows(sample.Tables.DomainRating).Where(r => r["submission_code"] == "2012-13-apr" && r["domain_code"] == "overarching")
            .ToDictionary(r => r["organisation_code"]!, r => r["rag"]);
        var decisions = Rows(sample.Tables.Decision).Where(d => d["kind"] == "pct-assurance").ToList();

        Assert.Equal(51, decisions.Count);
        Assert.All(decisions, d => Assert.Equal(overarching[d["subject_code"]!], d["overall_rag"]));
        Assert.All(decisions, d => Assert.Equal(
            d["overall_rag"] switch { "green" => "assured", "amber" => "assured-with-conditions", _ => "not-assured" }, d["outcome"]));
    }

    [Fact]
    public void Each_overarching_rating_follows_from_the_other_twelve_domains()
    {
        var byCluster = Rows(sample.Tables.DomainRating).Where(r => r["organisation_code"] != "C04")
            .GroupBy(r => (r["submission_code"], r["organisation_code"]));

        Assert.All(byCluster, g => Assert.Equal(
            RatingBook.Overarching(g.Where(r => r["domain_code"] != "overarching").Select(r => r["rag"]!)),
            g.Single(r => r["domain_code"] == "overarching")["rag"]));
    }

    [Fact]
    public void Dh_sign_off_is_signed_by_david_flory_at_meetings_between_25_april_and_4_may_2012()
    {
        var signOffs = Rows(sample.Tables.Decision).Where(d => d["kind"] == "dh-signoff").ToList();
        var signatory = Rows(sample.Tables.Contact).Single(c => c["id"] == signOffs[0]["signatory_id"]);

        Assert.Equal(4, signOffs.Count);
        Assert.Equal("David Flory", signatory["name"]);
        Assert.All(signOffs, d =>
        {
            var meeting = Date(d["meeting_on"]);
            Assert.InRange(meeting, new DateOnly(2012, 4, 25), new DateOnly(2012, 5, 4));
            Assert.True(Date(d["letter_on"]) > meeting);
            Assert.Equal(4, Rows(sample.Tables.DecisionPart).Count(p => p["decision_id"] == d["id"]));
        });
    }

    [Fact]
    public void Pct_assurance_letters_precede_the_dh_sign_off_and_follow_the_final_submission()
    {
        var letters = Rows(sample.Tables.Decision).Where(d => d["kind"] == "pct-assurance").Select(d => Date(d["letter_on"])).ToList();

        Assert.All(letters, date => Assert.InRange(date, new DateOnly(2012, 4, 5), new DateOnly(2012, 4, 24)));
    }

    [Fact]
    public void Scheme_spend_adds_up_to_the_pooled_fund_of_each_board_in_each_year()
    {
        var funds = Rows(sample.Tables.BcfFundLine).GroupBy(r => (r["hwb_code"], r["year"])).ToDictionary(g => g.Key, g => g.Sum(r => long.Parse(r["amount_gbp"]!, CultureInfo.InvariantCulture)));
        var schemes = Rows(sample.Tables.BcfScheme).GroupBy(r => r["hwb_code"]).ToList();

        Assert.Equal(152, schemes.Count);
        Assert.All(schemes, g =>
        {
            Assert.InRange(g.Count(), 4, 8);
            Assert.Equal(funds[(g.Key, "2014/15")], g.Sum(r => long.Parse(r["spend_2014_15_gbp"]!, CultureInfo.InvariantCulture)));
            Assert.Equal(funds[(g.Key, "2015/16")], g.Sum(r => long.Parse(r["spend_2015_16_gbp"]!, CultureInfo.InvariantCulture)));
        });
    }

    [Fact]
    public void Bcf_ambitions_improve_on_the_baseline_in_the_metric_s_direction()
    {
        var lowerIsBetter = sample.Reference.BcfNationalMetrics.Concat(sample.Reference.BcfLocalMetricMenu).ToDictionary(m => m.Code, m => m.LowerIsBetter);
        var metrics = Rows(sample.Tables.BcfMetricPlan).Where(m => m["ambition_numerator"] is not null && m["metric_code"] is not null).ToList();

        Assert.All(metrics, m =>
        {
            var baseline = Ratio(m["baseline_numerator"], m["baseline_denominator"]);
            var ambition = Ratio(m["ambition_numerator"], m["ambition_denominator"]);
            Assert.True(lowerIsBetter[m["metric_code"]!] ? ambition < baseline : ambition > baseline,
                $"{m["hwb_code"]} {m["metric_code"]}: ambition {ambition} does not improve on {baseline}");
        });
    }

    [Fact]
    public void April_commentary_says_when_a_rating_changed_since_january()
    {
        var ratings = Rows(sample.Tables.DomainRating).ToList();
        var january = ratings.Where(r => r["submission_code"] == "2012-13-jan").ToDictionary(r => (r["organisation_code"], r["domain_code"]), r => r["rag"]);
        var changed = ratings.Where(r => r["submission_code"] == "2012-13-apr" && r["domain_code"] != "overarching" && january[(r["organisation_code"], r["domain_code"])] != r["rag"]).ToList();

        Assert.NotEmpty(changed);
        Assert.All(changed, r => Assert.Contains($"from {january[(r["organisation_code"], r["domain_code"])]} in the January submission", r["commentary"], StringComparison.Ordinal));
    }

    [Fact]
    public void Performance_and_quality_is_never_green_where_a_pct_plans_below_a_national_standard()
    {
        // Each trajectory against its own standard: both parts of Category A, each referral to treatment standard.
        var standards = sample.Reference.Indicators.SelectMany(i => i.Standards.Select(s => (Key: (i.Code, s.Position.ToString(CultureInfo.InvariantCulture)), Standard: s)))
            .ToDictionary(x => x.Key, x => x.Standard);
        var clusterOf = Rows(sample.Tables.Organisation).Where(o => o["type"] == "pct").ToDictionary(o => o["code"]!, o => o["parent_code"]!);
        var below = Rows(sample.Tables.Trajectory)
            .Where(t => standards.TryGetValue((t["indicator_code"]!, t["standard_position"]!), out var standard) && standard.Misses(double.Parse(t["planned_value"]!, CultureInfo.InvariantCulture)))
            .Select(t => (t["submission_code"], clusterOf[t["organisation_code"]!])).ToHashSet();
        var ratings = Rows(sample.Tables.DomainRating).Where(r => r["domain_code"] == "performance-quality").ToList();

        Assert.NotEmpty(below);
        Assert.All(ratings, r =>
        {
            if (below.Contains((r["submission_code"], r["organisation_code"]!)))
            {
                Assert.NotEqual("green", r["rag"]);
                Assert.Contains("Trajectories that miss a national standard", r["commentary"], StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Kent_and_Medway_carries_the_facts_of_seed_004()
    {
        var kent = Rows(sample.Tables.Organisation).Single(o => o["name"] == "Kent and Medway PCT Cluster")["code"];
        var ratings = Rows(sample.Tables.DomainRating).Where(r => r["organisation_code"] == kent).ToList();

        Assert.All(ratings.Where(r => r["domain_code"] == "tr-public-health"), r => Assert.Equal("green", r["rag"]));
        Assert.All(ratings.Where(r => r["domain_code"] == "tr-commissioning-support"),
            r => Assert.Contains("Kent and Medway Commissioning Support (KMCS)", r["commentary"], StringComparison.Ordinal));
    }

    [Fact]
    public void A_pct_assurance_letter_asks_for_evidence_at_its_review_and_sets_one_action_for_its_amber_domains()
    {
        var decisions = Rows(sample.Tables.Decision).Where(d => d["kind"] == "pct-assurance").ToDictionary(d => d["id"]!);
        var actions = Rows(sample.Tables.DecisionCondition).Where(c => decisions.ContainsKey(c["decision_id"]!) && c["kind"] == "action").ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal(decisions[a["decision_id"]!]["next_review_on"], a["due_on"]));
        Assert.All(actions.GroupBy(a => a["decision_id"]), g => Assert.Single(g));
    }

    [Fact]
    public void A_bcf_approval_is_issued_by_the_body_whose_director_signs_it()
    {
        var contacts = Rows(sample.Tables.Contact).ToDictionary(c => c["id"]!);
        var approvals = Rows(sample.Tables.Decision).Where(d => d["kind"] == "bcf-approval").ToList();

        Assert.Equal(152, approvals.Count);
        Assert.All(approvals, d => Assert.Equal(contacts[d["signatory_id"]!]["organisation_code"], d["issuer_code"]));
    }

    private static IEnumerable<IReadOnlyDictionary<string, string?>> Rows(SampleTable table) => SampleFixture.Rows(table);

    private static DateOnly Date(string? cell) => DateOnly.ParseExact(cell!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double Ratio(string? numerator, string? denominator) =>
        double.Parse(numerator!, CultureInfo.InvariantCulture) / double.Parse(denominator!, CultureInfo.InvariantCulture);
}
