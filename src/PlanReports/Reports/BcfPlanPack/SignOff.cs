using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>
/// A sign-off the plan needs (seed 003 Annex I paragraph 31: the HWB, its councils and CCGs) and whether it was given.
/// </summary>
/// <param name="Role">"Health and Wellbeing Board", "Council" or "Clinical commissioning group".</param>
internal sealed record SignOff(Organisation Organisation, string Role, string? SignatoryName, string? SignatoryRole, DateOnly? SignedOn)
{
    /// <summary>Who signed and when, or a plain statement that the sign-off is not recorded.</summary>
    public string SignedText => SignedOn is { } on
        ? $"{SignatoryName}, {SignatoryRole}, {DisplayFormat.Date(on)}"
        : "No sign-off recorded.";
}
