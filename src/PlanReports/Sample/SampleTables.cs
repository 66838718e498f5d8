namespace PlanReports.Sample;

/// <summary>
/// Every store table the sample fills, with its columns in schema order (src/PlanReports/Store/Migrations) and
/// the number of leading columns that form its key, by which rows are sorted on output.
/// </summary>
internal sealed class SampleTables
{
    public SampleTable Dataset { get; } = new("dataset", ["name", "illustrative", "description"], 1);

    public SampleTable Organisation { get; } = new("organisation",
        ["code", "name", "type", "parent_code", "address", "postcode", "valid_from", "valid_to"], 1);

    public SampleTable OrganisationLink { get; } = new("organisation_link", ["from_code", "to_code", "relation"], 3);

    public SampleTable Contact { get; } = new("contact",
        ["id", "organisation_code", "role_key", "name", "job_title", "salutation", "email"], 1);

    public SampleTable PlanningRound { get; } = new("planning_round", ["code", "name", "kind", "starts_on", "ends_on"], 1);

    public SampleTable Submission { get; } = new("submission", ["code", "round_code", "name", "stage", "due_on"], 1);

    public SampleTable Trajectory { get; } = new("trajectory",
        ["submission_code", "organisation_code", "indicator_code", "standard_position", "period", "planned_value"], 5);

    public SampleTable Actual { get; } = new("actual", ["organisation_code", "indicator_code", "standard_position", "period", "value"], 4);

    public SampleTable PlannedSavings { get; } = new("planned_savings", ["submission_code", "organisation_code", "year", "amount_k"], 3);

    public SampleTable QippProgramme { get; } = new("qipp_programme",
        ["code", "submission_code", "organisation_code", "name", "end_state", "savings_2012_13_k", "savings_2013_14_k",
         "savings_2014_15_k", "quality_impact", "activity_impact", "workforce_impact", "kpi"], 1);

    public SampleTable Milestone { get; } = new("milestone",
        ["code", "submission_code", "organisation_code", "category", "qipp_programme_code", "national_milestone_code",
         "owner_code", "title", "end_state", "due_quarter"], 1);

    public SampleTable MilestoneProgress { get; } = new("milestone_progress", ["milestone_code", "month", "status", "commentary"], 2);

    public SampleTable DomainRating { get; } = new("domain_rating",
        ["submission_code", "organisation_code", "domain_code", "rag", "commentary", "key_risks", "mitigating_action"], 3);

    public SampleTable ShaAssuranceNarrative { get; } = new("sha_assurance_narrative",
        ["submission_code", "organisation_code", "assurance_process", "material_changes_signoff", "regional_risks"], 2);

    public SampleTable WorkforceKloeAssessment { get; } = new("workforce_kloe_assessment",
        ["submission_code", "organisation_code", "kloe_code", "rag", "assessment"], 3);

    public SampleTable PhChecklistResponse { get; } = new("ph_checklist_response",
        ["submission_code", "organisation_code", "item_code", "status", "evidence", "action", "action_owner", "action_due"], 3);

    public SampleTable Decision { get; } = new("decision",
        ["id", "kind", "submission_code", "subject_code", "issuer_code", "signatory_id", "meeting_on", "letter_on",
         "reference", "outcome", "overall_rag", "summary", "next_review_on"], 1);

    public SampleTable DecisionPart { get; } = new("decision_part", ["decision_id", "position", "part", "assured", "comment"], 2);

    public SampleTable DecisionCondition { get; } = new("decision_condition",
        ["decision_id", "position", "kind", "text", "owner", "due_on"], 2);

    public SampleTable DecisionRisk { get; } = new("decision_risk", ["decision_id", "position", "risk", "mitigation"], 2);

    public SampleTable BcfPlan { get; } = new("bcf_plan",
        ["hwb_code", "submission_code", "vision", "risk_sharing_approach", "performance_pool_gbp", "submitted_on"], 1);

    public SampleTable BcfFundLine { get; } = new("bcf_fund_line", ["hwb_code", "organisation_code", "source", "year", "amount_gbp"], 4);

    public SampleTable BcfMinimum { get; } = new("bcf_minimum", ["hwb_code", "year", "amount_gbp"], 2);

    public SampleTable BcfScheme { get; } = new("bcf_scheme",
        ["hwb_code", "position", "name", "description", "lead_code", "spend_2014_15_gbp", "spend_2015_16_gbp", "expected_outcomes"], 2);

    public SampleTable BcfConditionStatus { get; } = new("bcf_condition_status", ["hwb_code", "condition_code", "status", "explanation"], 2);

    public SampleTable BcfMetricPlan { get; } = new("bcf_metric_plan",
        ["hwb_code", "position", "metric_code", "local_name", "local_justification", "unit", "baseline_period",
         "baseline_numerator", "baseline_denominator", "ambition_period", "ambition_numerator", "ambition_denominator"], 2);

    public SampleTable BcfRisk { get; } = new("bcf_risk",
        ["hwb_code", "position", "risk", "likelihood", "impact", "mitigation", "owner_code"], 2);

    public SampleTable BcfSignoff { get; } = new("bcf_signoff",
        ["hwb_code", "organisation_code", "signatory_name", "signatory_role", "signed_on"], 2);

    /// <summary>All tables, parents before children, as an importer would load them.</summary>
    public IReadOnlyList<SampleTable> All =>
    [
        Dataset, Organisation, OrganisationLink, Contact, PlanningRound, Submission, Trajectory, Actual, PlannedSavings,
        QippProgramme, Milestone, MilestoneProgress, DomainRating, ShaAssuranceNarrative, WorkforceKloeAssessment,
        PhChecklistResponse, Decision, DecisionPart, DecisionCondition, DecisionRisk, BcfPlan, BcfFundLine, BcfMinimum,
        BcfScheme, BcfConditionStatus, BcfMetricPlan, BcfRisk, BcfSignoff,
    ];
}
