using Dapper;
using PlanReports.Store;
using PlanReports.Tests.Store;
using PlanReports.Validation;

namespace PlanReports.Tests.Validation;

/// <summary>
/// A small store that passes every validation rule: one SHA cluster with one PCT cluster of two PCTs and a
/// CCG, both 2012/13 submissions, and one Health and Wellbeing Board's BCF plan. Each rule test breaks it in
/// one place, or moves it to the edge of the rule, and checks what validation says.
/// </summary>
internal sealed class ValidationFixture : IDisposable
{
    private readonly TemporaryStore temp;

    public ValidationFixture(StoreEngine engine = StoreEngine.Sqlite)
    {
        temp = new TemporaryStore(engine).Initialised();
        Execute(
            """
            INSERT INTO organisation (code, name, type, parent_code, valid_from) VALUES
              ('DH', 'Department of Health', 'dh', NULL, '2000-01-01'),
              ('NE', 'NHS England', 'nhs-england', NULL, '2013-04-01'),
              ('Q30', 'NHS North of England', 'sha-cluster', 'DH', '2011-10-03'),
              ('5QA', 'NHS Kent and Medway', 'pct-cluster', 'Q30', '2011-06-01'),
              ('5QC', 'Kent PCT', 'pct', '5QA', '2002-10-01'),
              ('5QD', 'Medway PCT', 'pct', '5QA', '2002-10-01'),
              ('09C', 'NHS Ashford CCG', 'ccg', '5QA', '2012-04-01'),
              ('H886', 'Kent Health and Wellbeing Board', 'hwb', NULL, '2013-04-01'),
              ('E10', 'Kent County Council', 'local-authority', NULL, '1889-01-01');
            INSERT INTO contact (id, organisation_code, role_key, name, job_title, salutation) VALUES
              ('c-dh', 'DH', 'signatory', 'David Flory', 'Deputy NHS Chief Executive', 'Dear Colleague'),
              ('c-q30', 'Q30', 'chief-executive', 'Ian Dalton', 'Chief Executive', 'Dear Ian');
            INSERT INTO planning_round VALUES
              ('2012-13', 'Integrated plans 2012/13', 'integrated-plan', '2012-01-01', '2013-03-31'),
              ('bcf-2014-16', 'Better Care Fund', 'bcf', '2014-01-01', '2016-03-31');
            INSERT INTO submission VALUES
              ('2012-13-jan', '2012-13', 'Initial submission', 'initial', '2012-01-27'),
              ('2012-13-apr', '2012-13', 'Final submission', 'final', '2012-04-05'),
              ('bcf-apr', 'bcf-2014-16', 'Final BCF plan', 'final', '2014-04-04');
            INSERT INTO assurance_domain VALUES
              ('finance', 1, 'Finance', NULL, 'Finance'),
              ('qipp', 2, 'QIPP', NULL, 'QIPP');
            INSERT INTO domain_rating VALUES
              ('2012-13-jan', '5QA', 'finance', 'amber', 'Surplus relies on QIPP', NULL, NULL),
              ('2012-13-jan', '5QA', 'qipp', 'amber', 'Schemes not yet costed', NULL, NULL),
              ('2012-13-apr', '5QA', 'finance', 'green', 'Surplus planned', 'Acute overperformance', 'Activity caps in contracts'),
              ('2012-13-apr', '5QA', 'qipp', 'amber', 'Schemes costed', 'Slippage in urgent care', 'Monthly PMO tracking of savings');
            INSERT INTO indicator (code, name, indicator_group, unit, polarity, frequency, data_source, planned_per_pct) VALUES
              ('QUAL-11', 'Incidence of MRSA', 'Quality', 'count', 'lower-is-better', 'monthly', 'Unify', 1),
              ('QUAL-12', 'Incidence of C. difficile', 'Quality', 'count', 'lower-is-better', 'monthly', 'Unify', 1),
              ('RES-02', 'Financial performance score for NHS trusts', 'Resources', 'score', 'higher-is-better', 'quarterly', 'FIMS', 0);
            INSERT INTO trajectory (submission_code, organisation_code, indicator_code, period, planned_value) VALUES
              ('2012-13-jan', '5QC', 'QUAL-11', '2012-04', 1), ('2012-13-jan', '5QC', 'QUAL-12', '2012-04', 21),
              ('2012-13-jan', '5QD', 'QUAL-11', '2012-04', 0), ('2012-13-jan', '5QD', 'QUAL-12', '2012-04', 9),
              ('2012-13-apr', '5QC', 'QUAL-11', '2012-04', 1), ('2012-13-apr', '5QC', 'QUAL-12', '2012-04', 20),
              ('2012-13-apr', '5QD', 'QUAL-11', '2012-04', 0), ('2012-13-apr', '5QD', 'QUAL-12', '2012-04', 9);
            INSERT INTO planned_savings VALUES ('2012-13-apr', '5QA', '2012/13', 100);
            INSERT INTO qipp_programme (code, submission_code, organisation_code, name, end_state, savings_2012_13_k, savings_2013_14_k, savings_2014_15_k) VALUES
              ('P1', '2012-13-apr', '5QA', 'Urgent care', 'One urgent care centre per locality', 12, 0, 0),
              ('P2', '2012-13-apr', '5QA', 'Long term conditions', 'Integrated teams', 12, 0, 0),
              ('P3', '2012-13-apr', '5QA', 'Planned care', 'Referral management', 12, 0, 0),
              ('P4', '2012-13-apr', '5QA', 'Prescribing', 'Formulary compliance', 12, 0, 0),
              ('P5', '2012-13-apr', '5QA', 'Mental health', 'Recovery model', 12, 0, 0),
              ('J1', '2012-13-jan', '5QA', 'Urgent care', 'One urgent care centre per locality', 12, 0, 0),
              ('J2', '2012-13-jan', '5QA', 'Long term conditions', 'Integrated teams', 12, 0, 0),
              ('J3', '2012-13-jan', '5QA', 'Planned care', 'Referral management', 12, 0, 0),
              ('J4', '2012-13-jan', '5QA', 'Prescribing', 'Formulary compliance', 12, 0, 0),
              ('J5', '2012-13-jan', '5QA', 'Mental health', 'Recovery model', 12, 0, 0);
            INSERT INTO national_milestone (code, category, text, due_text, due_date, audience) VALUES
              ('A2-1', 'Commissioning', 'Delegate budgets to CCGs', 'by end March 2012', '2012-03-31', 'pct-cluster'),
              ('A2-2', 'Commissioning', 'Resolve configuration issues', 'by end March 2012', '2012-03-31', 'sha-cluster'),
              ('A2-3', 'Commissioning', 'Apply for authorisation', 'In 12/13', '2013-03-31', 'ccg');
            INSERT INTO milestone (code, submission_code, organisation_code, category, national_milestone_code, owner_code, title, due_quarter) VALUES
              ('M1', '2012-13-apr', '5QA', 'reform', 'A2-1', '5QA', 'Commissioning budgets delegated to all CCGs', '2011/12 Q4'),
              ('M2', '2012-13-apr', 'Q30', 'sha-transition', 'A2-2', 'Q30', 'CCG configuration agreed', '2011/12 Q4'),
              ('M3', '2012-13-apr', '5QA', 'qipp', NULL, '5QA', 'Urgent care centre open in every locality', '2013/14 Q2'),
              ('J-M1', '2012-13-jan', '5QA', 'reform', 'A2-1', '5QA', 'Commissioning budgets delegated to all CCGs', '2011/12 Q4'),
              ('J-M2', '2012-13-jan', 'Q30', 'sha-transition', 'A2-2', 'Q30', 'CCG configuration agreed', '2011/12 Q4');
            INSERT INTO decision (id, kind, submission_code, subject_code, issuer_code, signatory_id, letter_on, outcome, summary) VALUES
              ('d1', 'dh-signoff', '2012-13-apr', 'Q30', 'DH', 'c-dh', '2012-05-10', 'assured', 'Plans assured');
            INSERT INTO bcf_condition VALUES
              ('plans-jointly-agreed', 1, 'Plans to be jointly agreed', 'Signed off by the HWB.', 0),
              ('seven-day-services', 2, '7-day services', 'Seven-day working.', 1);
            INSERT INTO bcf_metric (code, kind, name, framework, framework_ref, polarity) VALUES
              ('delayed-transfers', 'national', 'Delayed transfers of care', NULL, NULL, 'lower-is-better'),
              ('reablement', 'national', 'Effectiveness of reablement', NULL, NULL, 'higher-is-better'),
              ('dementia', 'local-menu', 'Estimated diagnosis rate for people with dementia', 'NHS Outcomes Framework', '2.6i', 'higher-is-better');
            INSERT INTO bcf_plan VALUES ('H886', 'bcf-apr', 'Joined-up care', 'Shared pool', 1000000, '2014-04-04');
            INSERT INTO bcf_condition_status VALUES
              ('H886', 'plans-jointly-agreed', 'met', 'Signed by all partners'),
              ('H886', 'seven-day-services', 'on-track', 'Seven-day discharge from October 2014');
            INSERT INTO bcf_metric_plan (hwb_code, position, metric_code, local_name, local_justification, unit, baseline_period, baseline_numerator, baseline_denominator, ambition_period, ambition_numerator, ambition_denominator) VALUES
              ('H886', 1, 'delayed-transfers', NULL, NULL, 'rate-per-100000', '2013-14', 900, 1000000, '2014-15', 800, 1000000),
              ('H886', 2, 'reablement', NULL, NULL, 'percentage', '2013-14', 80, 100, '2014-15', 85, 100),
              ('H886', 3, 'dementia', NULL, NULL, 'percentage', '2013-14', 50, 100, '2014-15', 60, 100);
            INSERT INTO bcf_minimum VALUES ('H886', '2014/15', 5000);
            INSERT INTO bcf_fund_line VALUES ('H886', '09C', 'ccg-minimum', '2014/15', 4000), ('H886', 'E10', 'disabled-facilities-grant', '2014/15', 1000);
            """);
    }

    public void Execute(string sql)
    {
        using var connection = temp.Store.Open();
        connection.Execute(sql);
    }

    public ValidationReport Validate() => new PlanValidator().Validate(temp.Store);

    /// <summary>The findings of one rule.</summary>
    public IReadOnlyList<Finding> Findings(string ruleId) => Validate().Findings.Where(f => f.RuleId == ruleId).ToList();

    public void Dispose() => temp.Dispose();
}
