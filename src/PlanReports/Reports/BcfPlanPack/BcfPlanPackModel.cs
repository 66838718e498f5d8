using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>
/// A Health and Wellbeing Board's Better Care Fund plan pack, following seed 003 Annex I: who is party to it, the
/// pooled fund, schemes, national conditions, metrics with significance, payment for performance, risks,
/// sign-offs and submission dates.
/// </summary>
internal sealed record BcfPlanPackModel(
    Organisation Hwb,
    IReadOnlyList<Organisation> Councils,
    IReadOnlyList<Organisation> Ccgs,
    Submission Submission,
    string Vision,
    string RiskSharingApproach,
    DateOnly SubmittedOn,
    IReadOnlyList<FundLine> FundLines,
    IReadOnlyList<FundYear> FundYears,
    IReadOnlyList<BcfScheme> Schemes,
    IReadOnlyList<ConditionStatus> Conditions,
    IReadOnlyList<MetricAmbition> Metrics,
    PaymentForPerformance Payments,
    IReadOnlyList<BcfRisk> Risks,
    IReadOnlyList<SignOff> SignOffs,
    IReadOnlyList<TimetableStep> Timetable)
{
    /// <summary>The date the plan was submitted, as readers write it.</summary>
    public string SubmittedText => DisplayFormat.Date(SubmittedOn);

    /// <summary>Scheme spend in 2014/15.</summary>
    public long SchemeSpend201415 => Schemes.Sum(s => s.Spend201415);

    /// <summary>Scheme spend in 2015/16.</summary>
    public long SchemeSpend201516 => Schemes.Sum(s => s.Spend201516);

    /// <summary>Scheme spend in 2014/15 as printed.</summary>
    public string SchemeFirstYearText => DisplayFormat.Pounds(SchemeSpend201415);

    /// <summary>Scheme spend in 2015/16 as printed.</summary>
    public string SchemeSecondYearText => DisplayFormat.Pounds(SchemeSpend201516);

    /// <summary>The constituent councils in words.</summary>
    public string CouncilNames => Names(Councils, "no council");

    /// <summary>The constituent CCGs in words.</summary>
    public string CcgNames => Names(Ccgs, "no clinical commissioning group");

    private static string Names(IReadOnlyList<Organisation> list, string none) => list.Count switch
    {
        0 => none + " recorded in the store",
        1 => list[0].Name,
        _ => string.Join(", ", list.Take(list.Count - 1).Select(o => o.Name)) + " and " + list[^1].Name,
    };

    /// <summary>Sign-offs still missing.</summary>
    public IReadOnlyList<SignOff> MissingSignOffs => SignOffs.Where(s => s.SignedOn is null).ToList();
}
