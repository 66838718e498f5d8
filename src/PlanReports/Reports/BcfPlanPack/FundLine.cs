using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>One contribution to the pooled fund: its source, the contributing council or CCG, and both years' amounts.</summary>
internal sealed record FundLine(string Source, string Contributor, long Amount201415, long Amount201516)
{
    /// <summary>The 2014/15 amount as printed.</summary>
    public string FirstYearText => DisplayFormat.Pounds(Amount201415);

    /// <summary>The 2015/16 amount as printed.</summary>
    public string SecondYearText => DisplayFormat.Pounds(Amount201516);

    /// <summary>The source as readers know it.</summary>
    public string SourceLabel => LabelOf(Source);

    /// <summary>The label of a fund source key.</summary>
    public static string LabelOf(string source) => source switch
    {
        "ccg-minimum" => "CCG minimum contribution",
        "ccg-additional" => "CCG additional contribution",
        "disabled-facilities-grant" => "Disabled Facilities Grant",
        "social-care-capital-grant" => "Adult social care capital grant",
        "local-authority-additional" => "Local authority additional contribution",
        "social-care-transfer" => "NHS transfer to social care",
        _ => throw new ArgumentException($"'{source}' is not a Better Care Fund source.", nameof(source)),
    };
}
