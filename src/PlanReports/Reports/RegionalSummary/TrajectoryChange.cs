using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>A PCT's trajectory for one indicator that changed between two submissions, with its first changed period.</summary>
internal sealed record TrajectoryChange(Organisation Pct, string IndicatorName, string Unit, int PeriodsChanged, string Period, double? From, double? To)
{
    /// <summary>The first changed period, as readers write it.</summary>
    public string PeriodText => DisplayFormat.Period(Period);

    /// <summary>The earlier value there, or "Not planned".</summary>
    public string FromText => From is { } v ? DisplayFormat.IndicatorValue(Unit, v) : "Not planned";

    /// <summary>The later value there, or "Not planned".</summary>
    public string ToText => To is { } v ? DisplayFormat.IndicatorValue(Unit, v) : "Not planned";
}
