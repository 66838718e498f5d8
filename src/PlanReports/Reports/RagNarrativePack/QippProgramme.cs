using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RagNarrativePack;

/// <summary>One key transformational QIPP programme (seed 000 section 4) with its savings and milestones.</summary>
internal sealed record QippProgramme(
    string Code,
    string Name,
    string EndState,
    double Savings201213K,
    double Savings201314K,
    double Savings201415K,
    string? QualityImpact,
    string? ActivityImpact,
    string? WorkforceImpact,
    string? Kpi,
    IReadOnlyList<MilestoneStatus> Milestones)
{
    /// <summary>The planned quality impact, or "Not stated".</summary>
    public string QualityText => QualityImpact ?? "Not stated";

    /// <summary>The planned activity impact, or "Not stated".</summary>
    public string ActivityText => ActivityImpact ?? "Not stated";

    /// <summary>The planned workforce impact, or "Not stated".</summary>
    public string WorkforceText => WorkforceImpact ?? "Not stated";

    /// <summary>The key performance indicator, or "Not stated".</summary>
    public string KpiText => Kpi ?? "Not stated";

    /// <summary>2012/13 savings as printed, e.g. "£6,000k".</summary>
    public string FirstYearText => DisplayFormat.ThousandPounds(Savings201213K);

    /// <summary>2013/14 savings as printed.</summary>
    public string SecondYearText => DisplayFormat.ThousandPounds(Savings201314K);

    /// <summary>2014/15 savings as printed.</summary>
    public string ThirdYearText => DisplayFormat.ThousandPounds(Savings201415K);

    /// <summary>Three-year savings as printed.</summary>
    public string TotalText => DisplayFormat.ThousandPounds(TotalK);

    /// <summary>Savings over the three years, £ thousands.</summary>
    public double TotalK => Savings201213K + Savings201314K + Savings201415K;

    /// <summary>The savings of one year ('2012/13', '2013/14', '2014/15').</summary>
    public double SavingsK(string year) => year switch
    {
        "2012/13" => Savings201213K,
        "2013/14" => Savings201314K,
        "2014/15" => Savings201415K,
        _ => throw new ArgumentException($"'{year}' is not a QIPP year; the plans cover 2012/13 to 2014/15.", nameof(year)),
    };
}
