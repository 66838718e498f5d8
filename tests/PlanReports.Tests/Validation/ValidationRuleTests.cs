using PlanReports.Store;
using PlanReports.Tests.Store;
using PlanReports.Validation;

namespace PlanReports.Tests.Validation;

/// <summary>Each rule: the fixture (or a case at the rule's edge) passes, and one break is found and described.</summary>
public sealed class ValidationRuleTests
{
    [EngineTheory]
    public void The_fixture_passes_every_rule(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);

        var report = fixture.Validate();

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
        Assert.Equal(15, report.Rules.Count);
        Assert.All(report.Rules, r => Assert.Equal(0, r.Findings));
    }

    [EngineTheory]
    public void A_submission_not_yet_made_is_not_reported_as_missing_its_returns(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute(
            """
            DELETE FROM domain_rating WHERE submission_code = '2012-13-apr'; DELETE FROM trajectory WHERE submission_code = '2012-13-apr';
            DELETE FROM milestone WHERE submission_code = '2012-13-apr'; DELETE FROM qipp_programme WHERE submission_code = '2012-13-apr';
            DELETE FROM planned_savings;
            """);

        var report = fixture.Validate();

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
    }

    [EngineTheory]
    public void A_made_submission_lacking_a_whole_return_is_reported(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("DELETE FROM domain_rating WHERE submission_code = '2012-13-apr'; DELETE FROM qipp_programme WHERE submission_code = '2012-13-jan'");

        var findings = fixture.Validate().Findings.Select(f => $"{f.RuleId} {f.SubmissionCode}: {f.Message}").ToList();

        Assert.Contains("domains-rated 2012-13-apr: no domain is RAG rated", findings);
        Assert.Contains("qipp-programme-count 2012-13-jan: 0 key QIPP programme(s) reported; seed 000 §4 asks for the key 5-7", findings);
    }

    [EngineTheory]
    public void Domains_rated_finds_a_pct_cluster_missing_a_domain(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("DELETE FROM domain_rating WHERE submission_code = '2012-13-apr' AND domain_code = 'qipp'");

        var finding = Assert.Single(fixture.Findings("domains-rated"));

        Assert.Equal(new Finding("domains-rated", Severity.Error, "5QA", "2012-13-apr", "1 of 2 domains not RAG rated: QIPP"), finding);
    }

    [EngineTheory]
    public void Domains_rated_finds_a_pct_cluster_with_no_rating_at_all(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("INSERT INTO organisation (code, name, type, parent_code, valid_from) VALUES ('5QB', 'NHS Surrey', 'pct-cluster', 'Q30', '2011-06-01')");

        var findings = fixture.Findings("domains-rated");

        Assert.Equal(["2012-13-apr: no domain is RAG rated", "2012-13-jan: no domain is RAG rated"],
            findings.Where(f => f.OrganisationCode == "5QB").Select(f => $"{f.SubmissionCode}: {f.Message}").Order(StringComparer.Ordinal));
    }

    [EngineTheory]
    public void Rating_subject_finds_a_rating_of_an_organisation_that_is_not_a_pct_cluster(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        Assert.Empty(fixture.Findings("rating-subject"));
        fixture.Execute("INSERT INTO domain_rating VALUES ('2012-13-apr', '5QC', 'finance', 'red', 'Rated the PCT by mistake', 'r', 'm')");

        var finding = Assert.Single(fixture.Findings("rating-subject"));

        Assert.Equal(("5QC", "1 domain rating(s) given to a pct; only PCT cluster plans are RAG rated"), (finding.OrganisationCode, finding.Message));
    }

    [EngineTheory]
    public void Final_key_risks_are_not_required_in_the_initial_submission(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);

        // The January ratings in the fixture have neither key risks nor mitigating action.
        Assert.Empty(fixture.Findings("final-key-risks"));
    }

    [EngineTheory]
    public void Final_key_risks_finds_a_final_rating_without_key_risks_or_action(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("UPDATE domain_rating SET key_risks = '  ' WHERE submission_code = '2012-13-apr' AND domain_code = 'finance'");
        fixture.Execute("UPDATE domain_rating SET mitigating_action = NULL WHERE submission_code = '2012-13-apr' AND domain_code = 'qipp'");

        var finding = Assert.Single(fixture.Findings("final-key-risks"));

        Assert.Equal(("5QA", "2012-13-apr", Severity.Error), (finding.OrganisationCode, finding.SubmissionCode, finding.Severity));
        Assert.Equal("final submission lacks key risks or mitigating action for Finance (no key risks), QIPP (no mitigating action)", finding.Message);
    }

    [EngineTheory]
    public void Trajectories_are_not_required_for_indicators_not_planned_per_pct(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);

        // RES-02 (a trust measure) has no trajectory in the fixture.
        Assert.Empty(fixture.Findings("trajectories-complete"));
    }

    [EngineTheory]
    public void Trajectories_complete_finds_a_pct_missing_a_relevant_indicator(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("DELETE FROM trajectory WHERE submission_code = '2012-13-apr' AND organisation_code = '5QD' AND indicator_code = 'QUAL-12'");

        var finding = Assert.Single(fixture.Findings("trajectories-complete"));

        Assert.Equal(new Finding("trajectories-complete", Severity.Error, "5QD", "2012-13-apr", "no trajectory for 1 relevant indicator(s): QUAL-12"), finding);
    }

    [EngineTheory]
    public void Qipp_programme_count_accepts_seven(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute(
            """
            INSERT INTO qipp_programme (code, submission_code, organisation_code, name, end_state, savings_2012_13_k, savings_2013_14_k, savings_2014_15_k) VALUES
              ('P6', '2012-13-apr', '5QA', 'Estates', 'Fewer buildings', 1, 0, 0),
              ('P7', '2012-13-apr', '5QA', 'Back office', 'Shared services', 1, 0, 0)
            """);

        Assert.Empty(fixture.Findings("qipp-programme-count"));
    }

    [EngineTheory]
    public void Qipp_programme_count_finds_four_programmes(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("DELETE FROM qipp_programme WHERE code = 'P5'; UPDATE qipp_programme SET savings_2012_13_k = 15");

        var finding = Assert.Single(fixture.Findings("qipp-programme-count"));

        Assert.Equal(("5QA", "4 key QIPP programme(s) reported; seed 000 §4 asks for the key 5-7"), (finding.OrganisationCode, finding.Message));
    }

    [EngineTheory]
    public void Qipp_programme_count_finds_eight_programmes(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute(
            """
            INSERT INTO qipp_programme (code, submission_code, organisation_code, name, end_state, savings_2012_13_k, savings_2013_14_k, savings_2014_15_k) VALUES
              ('P6', '2012-13-apr', '5QA', 'a', 'a', 0, 0, 0), ('P7', '2012-13-apr', '5QA', 'b', 'b', 0, 0, 0), ('P8', '2012-13-apr', '5QA', 'c', 'c', 0, 0, 0)
            """);

        Assert.StartsWith("8 key QIPP programme(s)", Assert.Single(fixture.Findings("qipp-programme-count")).Message, StringComparison.Ordinal);
    }

    [EngineTheory]
    public void Qipp_savings_share_passes_just_above_half(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("UPDATE qipp_programme SET savings_2012_13_k = 10.02");

        Assert.Empty(fixture.Findings("qipp-savings-share"));
    }

    [EngineTheory]
    public void Qipp_savings_share_warns_at_exactly_half_and_below(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("UPDATE qipp_programme SET savings_2012_13_k = 8; INSERT INTO planned_savings VALUES ('2012-13-apr', '5QA', '2013/14', 200)");

        var findings = fixture.Findings("qipp-savings-share");

        Assert.Equal(
            [
                "key programmes' 2012/13 savings of £40k are 40.0% of planned savings of £100k; seed 000 §4 expects more than 50%",
                "key programmes' 2013/14 savings of £0k are 0.0% of planned savings of £200k; seed 000 §4 expects more than 50%",
            ],
            findings.Select(f => f.Message));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("Quarterly review completed")]
    [InlineData("Monthly meeting held")]
    [InlineData("Regular updates to the board")]
    [InlineData("Board meeting held")]
    [InlineData("Report submitted")]
    public void Everyday_milestone_flags_repetitive_events(string title)
    {
        using var fixture = new ValidationFixture();
        fixture.Execute($"UPDATE milestone SET title = '{title}' WHERE code = 'M3'");

        var finding = Assert.Single(fixture.Findings("everyday-milestone"));

        Assert.Equal((Severity.Warning, "5QA"), (finding.Severity, finding.OrganisationCode));
        Assert.StartsWith($"milestone M3 '{title}' is an everyday or repetitive event", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Common approach for GP pathology requests agreed by CCGs")]
    [InlineData("Review of stroke services completed and new pathway launched")]
    [InlineData("Seven-day discharge service in place at both acute trusts")]
    [InlineData("Be leading the local health system actively reviewing finance, performance and activity for commissioned services on a regular basis")]
    [InlineData("Ensure arrangements to regularly provide this information at least monthly in 12/13")]
    public void Everyday_milestone_passes_transformational_milestones(string title)
    {
        using var fixture = new ValidationFixture();
        fixture.Execute($"UPDATE milestone SET title = '{title}' WHERE code = 'M3'");

        Assert.Empty(fixture.Findings("everyday-milestone"));
    }

    [EngineTheory]
    public void Annex2_milestones_passes_when_only_ccg_expectations_are_unreflected(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);

        // A2-3 is addressed to CCGs "for use locally", so no cluster has to reflect it.
        Assert.Empty(fixture.Findings("annex2-milestones"));
    }

    [EngineTheory]
    public void Annex2_milestones_finds_pct_and_sha_clusters_missing_their_expectations(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("UPDATE milestone SET national_milestone_code = NULL WHERE code IN ('M1', 'M2')");

        var findings = fixture.Findings("annex2-milestones");

        Assert.Equal(
            ["5QA: no milestone reflects Annex 2 expectation(s) A2-1", "Q30: no milestone reflects Annex 2 expectation(s) A2-2"],
            findings.Select(f => $"{f.OrganisationCode}: {f.Message}"));
    }

    [EngineTheory]
    public void Decision_signatory_finds_a_letter_signed_by_someone_outside_the_issuer(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("UPDATE decision SET signatory_id = 'c-q30'");

        var finding = Assert.Single(fixture.Findings("decision-signatory"));

        Assert.Equal(("DH", "decision d1 is signed by Ian Dalton (c-q30) of Q30, which is not the issuer DH or part of it"), (finding.OrganisationCode, finding.Message));
    }

    [EngineTheory]
    public void Decision_signatory_accepts_a_signatory_from_a_part_of_the_issuer(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute(
            """
            INSERT INTO organisation (code, name, type, parent_code, valid_from) VALUES ('Q44', 'Area team', 'local-area-team', 'NE', '2013-04-01');
            INSERT INTO contact (id, organisation_code, role_key, name, job_title, salutation) VALUES ('c-q44', 'Q44', 'signatory', 'Area Director', 'Director', 'Dear Colleague');
            INSERT INTO decision (id, kind, submission_code, subject_code, issuer_code, signatory_id, letter_on, outcome, summary) VALUES
              ('d2', 'bcf-approval', 'bcf-apr', 'H886', 'NE', 'c-q44', '2014-06-01', 'approved', 'Approved');
            """);

        Assert.Empty(fixture.Findings("decision-signatory"));
    }

    [EngineTheory]
    public void Organisation_hierarchy_finds_a_pct_under_an_sha_cluster_and_a_ccg_without_parent(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("UPDATE organisation SET parent_code = 'Q30' WHERE code = '5QD'; UPDATE organisation SET parent_code = NULL WHERE code = '09C'");

        var findings = fixture.Findings("organisation-hierarchy");

        Assert.Equal(
            ["09C: a ccg needs a parent pct-cluster; none is given", "5QD: parent Q30 is a sha-cluster; a pct belongs to a pct-cluster"],
            findings.Select(f => $"{f.OrganisationCode}: {f.Message}"));
    }

    [EngineTheory]
    public void Bcf_conditions_finds_a_missing_condition_and_a_blank_explanation(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("DELETE FROM bcf_condition_status WHERE condition_code = 'seven-day-services'");
        Assert.Equal("1 of 2 national conditions not addressed: '7-day services'", Assert.Single(fixture.Findings("bcf-conditions")).Message);

        fixture.Execute("UPDATE bcf_condition_status SET explanation = ' '");

        var finding = Assert.Single(fixture.Findings("bcf-conditions"));
        Assert.Equal(("H886", "bcf-apr"), (finding.OrganisationCode, finding.SubmissionCode));
        Assert.StartsWith("2 of 2 national conditions not addressed", finding.Message, StringComparison.Ordinal);
    }

    [EngineTheory]
    public void Bcf_national_metrics_finds_a_national_metric_not_planned(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("DELETE FROM bcf_metric_plan WHERE metric_code = 'reablement'");

        Assert.Equal("national metric(s) not planned: reablement", Assert.Single(fixture.Findings("bcf-national-metrics")).Message);
    }

    [EngineTheory]
    public void Bcf_local_metric_passes_a_justified_local_alternative(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute(
            """
            UPDATE bcf_metric_plan SET metric_code = NULL, local_name = 'Falls admissions',
              local_justification = 'Falls prevention is a priority of our Joint Health and Wellbeing Strategy; SUS data is published monthly'
            WHERE position = 3
            """);

        Assert.Empty(fixture.Findings("bcf-local-metric"));
    }

    [EngineTheory]
    public void Bcf_local_metric_finds_an_unjustified_local_alternative(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("UPDATE bcf_metric_plan SET metric_code = NULL, local_name = 'Falls admissions', local_justification = 'We like it' WHERE position = 3");

        var finding = Assert.Single(fixture.Findings("bcf-local-metric"));

        Assert.StartsWith("local alternative metric 'Falls admissions' is not justified against any ¶43 criterion", finding.Message, StringComparison.Ordinal);
    }

    [EngineTheory]
    public void Bcf_local_metric_finds_a_plan_without_one(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("DELETE FROM bcf_metric_plan WHERE position = 3");

        Assert.StartsWith("no local metric", Assert.Single(fixture.Findings("bcf-local-metric")).Message, StringComparison.Ordinal);
    }

    [EngineTheory]
    public void Bcf_metric_ambition_finds_metrics_without_an_ambition(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        fixture.Execute("UPDATE bcf_metric_plan SET ambition_period = NULL, ambition_numerator = NULL, ambition_denominator = NULL WHERE position IN (1, 3)");

        var finding = Assert.Single(fixture.Findings("bcf-metric-ambition"));

        Assert.Equal(("H886", "no ambition set for metric(s) 'delayed-transfers', 'dementia'"), (finding.OrganisationCode, finding.Message));
    }

    [EngineTheory]
    public void Bcf_pooled_minimum_passes_at_exactly_the_minimum_and_finds_a_shortfall_that_additional_money_does_not_hide(StoreEngine engine)
    {
        using var fixture = new ValidationFixture(engine);
        Assert.Empty(fixture.Findings("bcf-pooled-minimum"));

        fixture.Execute(
            """
            UPDATE bcf_fund_line SET amount_gbp = 850 WHERE source = 'disabled-facilities-grant';
            INSERT INTO bcf_fund_line VALUES ('H886', 'E10', 'local-authority-additional', '2014/15', 1000);
            """);

        Assert.Equal(
            "2014/15 required contributions of £4,850 are £150 (3.0%) below the minimum of £5,000 (additional contributions of £1,000 come on top of the minimum)",
            Assert.Single(fixture.Findings("bcf-pooled-minimum")).Message);
    }
}
