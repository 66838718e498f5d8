using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RagNarrativePack;

/// <summary>
/// One year's savings: the key programmes' total against the cluster's total planned savings. Seed 000 section 4
/// expects the key programmes to exceed 50% of planned savings.
/// </summary>
internal sealed record QippYear(string Year, double KeyProgrammesK, double? PlannedK)
{
    /// <summary>The share seed 000 expects the key programmes to exceed.</summary>
    public const double ExpectedShare = 0.5;

    /// <summary>The key programmes' savings as printed.</summary>
    public string KeyProgrammesText => DisplayFormat.ThousandPounds(KeyProgrammesK);

    /// <summary>The planned total as printed, or "Not submitted".</summary>
    public string PlannedText => PlannedK is { } k ? DisplayFormat.ThousandPounds(k) : "Not submitted";

    /// <summary>The key programmes' share of planned savings, or null without a planned total.</summary>
    public double? Share => PlannedK is > 0 ? KeyProgrammesK / PlannedK.Value : null;

    /// <summary>One sentence a reader can check.</summary>
    public string Verdict => Share switch
    {
        null => $"No total planned savings were submitted for {Year}, so the key programmes' share cannot be judged.",
        var s when s > ExpectedShare =>
            $"{DisplayFormat.ThousandPounds(KeyProgrammesK)} of {DisplayFormat.ThousandPounds(PlannedK!.Value)} planned ({DisplayFormat.Percent(s.Value * 100)}): above the 50% the planning guidance expects.",
        var s =>
            $"{DisplayFormat.ThousandPounds(KeyProgrammesK)} of {DisplayFormat.ThousandPounds(PlannedK!.Value)} planned ({DisplayFormat.Percent(s.Value * 100)}): not above the 50% the planning guidance expects.",
    };
}
