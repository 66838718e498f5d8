using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>A PCT's trajectory for one indicator that changed between two submissions, with its first changed period.</summary>
/// <param name="MissedBefore">Whether the earlier plan missed the national standard in some period; null without a standard or plan.</param>
/// <param name="MissesNow">Whether the later plan does; null without a standard or plan.</param>
internal sealed record TrajectoryChange(
    Organisation Pct, string IndicatorName, string Unit, int PeriodsChanged, string Period, double? From, double? To, bool? MissedBefore, bool? MissesNow)
{
    /// <summary>The first changed period, as readers write it.</summary>
    public string PeriodText => DisplayFormat.Period(Period);

    /// <summary>The earlier value there, or "Not planned".</summary>
    public string FromText => From is { } v ? DisplayFormat.IndicatorValue(Unit, v) : "Not planned";

    /// <summary>The later value there, or "Not planned".</summary>
    public string ToText => To is { } v ? DisplayFormat.IndicatorValue(Unit, v) : "Not planned";
}
