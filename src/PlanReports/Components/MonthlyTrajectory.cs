namespace PlanReports.Components;

/// <summary>
/// The monthly plan against one national standard of an indicator for an area (a PCT, or a cluster rolled up), with
/// the actuals recorded so far and the standard's figure; what the trajectory-chart component draws.
/// </summary>
/// <param name="Area">The PCT or cluster the values are for.</param>
/// <param name="Indicator">The indicator's name as the reference data gives it, with the standard's measure where it has several.</param>
/// <param name="Unit">The indicator's unit ("percentage", "count").</param>
/// <param name="Direction">Which side of the standard's figure the plan must be on.</param>
/// <param name="StandardValue">The national standard's threshold, in the indicator's unit.</param>
/// <param name="Months">The months, first day of each, in order.</param>
/// <param name="Planned">The planned value for each month, or null where none was submitted.</param>
/// <param name="Actual">The actual value for each month, or null where none is recorded yet.</param>
/// <param name="RollUp">How area values were rolled up, in words ("average of 4 PCT plans"), or empty for one PCT.</param>
public sealed record MonthlyTrajectory(
    string Area,
    string Indicator,
    string Unit,
    StandardDirection Direction,
    double StandardValue,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<double?> Planned,
    IReadOnlyList<double?> Actual,
    string RollUp)
{
    /// <summary>How many months' plans fall short of the standard.</summary>
    public int PlannedMisses => Planned.Count(v => v is { } x && StandardFigure.Misses(Direction, StandardValue, x));
}
