using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>A PCT cluster's total planned savings for one year that changed between two submissions.</summary>
internal sealed record SavingsChange(Organisation Cluster, string Year, double? FromK, double? ToK)
{
    /// <summary>The earlier amount, or "Not submitted".</summary>
    public string FromText => FromK is { } k ? DisplayFormat.ThousandPounds(k) : "Not submitted";

    /// <summary>The later amount, or "Not submitted".</summary>
    public string ToText => ToK is { } k ? DisplayFormat.ThousandPounds(k) : "Not submitted";

    /// <summary>The change, when both exist: "-£2,000k".</summary>
    public string ChangeText => FromK is { } a && ToK is { } b ? (b >= a ? "+" : "") + DisplayFormat.ThousandPounds(b - a) : "—";
}
