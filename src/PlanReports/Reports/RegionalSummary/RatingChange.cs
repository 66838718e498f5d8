using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>A domain whose rating changed between two submissions.</summary>
internal sealed record RatingChange(Organisation Cluster, AssuranceDomain Domain, Rag? From, Rag? To)
{
    /// <summary>The earlier rating's word, or "Not rated".</summary>
    public string FromText => From?.Label ?? "Not rated";

    /// <summary>The later rating's word, or "Not rated".</summary>
    public string ToText => To?.Label ?? "Not rated";
}
