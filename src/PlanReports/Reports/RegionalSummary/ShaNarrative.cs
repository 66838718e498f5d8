using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>
/// The SHA cluster's short narrative on its assurance approach (seed 000 introduction): the process, the sign-off
/// of material changes, and the regional risks. Null parts mean the SHA cluster submitted none.
/// </summary>
internal sealed record ShaNarrative(Organisation ShaCluster, string? AssuranceProcess, string? MaterialChangesSignoff, string? RegionalRisks)
{
    /// <summary>Whether any narrative was submitted.</summary>
    public bool Submitted => AssuranceProcess is not null;

    /// <summary>The plain statement printed when none was submitted.</summary>
    public string MissingText => $"{ShaCluster.Name} submitted no narrative on its assurance approach.";
}
