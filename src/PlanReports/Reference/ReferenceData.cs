namespace PlanReports.Reference;

/// <summary>
/// Everything in <c>data/reference/*.yaml</c>: the fixed facts of the 2012/13 planning and assurance round and
/// of the 2014/15 Better Care Fund, taken word for word from the seed documents. The store imports it; reports
/// quote it.
/// </summary>
/// <param name="OutcomesFrameworkDomains">The five NHS Outcomes Framework domains the Quality indicators sit under.</param>
/// <param name="Indicators">Annex 1 / Operating Framework annex national performance measures.</param>
/// <param name="AssuranceParts">The columns of the RAG narrative template (RAG, commentary, key risks).</param>
/// <param name="AssuranceDomains">The 13 assurance domains, in template order.</param>
/// <param name="AssuranceQuestions">Annex 3 questions, grouped by domain as the seed heads them.</param>
/// <param name="MilestoneExpectations">Annex 2 national minimum expectations for key milestones.</param>
/// <param name="KeyIssues">Annex 4 requirements for key issues.</param>
/// <param name="WorkforceLinesOfEnquiry">Annex 5 workforce key lines of enquiry.</param>
/// <param name="PublicHealthChecklist">Annex 6 public health checklist.</param>
/// <param name="PlanningRounds">The 2012/13 round and the 2014/15 Better Care Fund round with their timetables.</param>
/// <param name="PlanningRules">The 2012/13 rules on QIPP programmes and milestones that validation checks.</param>
/// <param name="BetterCareFund">Conditions, metrics, payment for performance and funding of the Better Care Fund.</param>
/// <param name="SeedOrganisations">The real organisations the seeds name, for the sample generator.</param>
public sealed record ReferenceData(
    IReadOnlyList<OutcomesFrameworkDomain> OutcomesFrameworkDomains,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<AssurancePartDefinition> AssuranceParts,
    IReadOnlyList<AssuranceDomain> AssuranceDomains,
    IReadOnlyList<AssuranceQuestionGroup> AssuranceQuestions,
    IReadOnlyList<MilestoneExpectation> MilestoneExpectations,
    IReadOnlyList<KeyIssue> KeyIssues,
    IReadOnlyList<WorkforceLineOfEnquiry> WorkforceLinesOfEnquiry,
    PublicHealthChecklist PublicHealthChecklist,
    IReadOnlyList<PlanningRound> PlanningRounds,
    PlanningRules PlanningRules,
    BetterCareFund BetterCareFund,
    SeedOrganisations SeedOrganisations);
