using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>A PCT that plans to miss a national standard: in how many periods, and from when.</summary>
internal sealed record PlannedMiss(Organisation Pct, string ClusterName, IndicatorTrajectory Trajectory)
{
    /// <summary>Periods planned below (or above) the standard.</summary>
    public int MissedPeriods => Trajectory.Misses.Count;

    /// <summary>Periods planned.</summary>
    public int Periods => Trajectory.Values.Count;

    /// <summary>The first period it misses, as readers write it.</summary>
    public string FirstPeriod => DisplayFormat.Period(Trajectory.Misses[0].Period);

    /// <summary>The planned value in that period, in the indicator's unit.</summary>
    public string FirstValue => Trajectory.Format(Trajectory.Misses[0].Value);
}
