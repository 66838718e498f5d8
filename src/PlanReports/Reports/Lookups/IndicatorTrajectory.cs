namespace PlanReports.Reports.Lookups;

/// <summary>
/// One PCT's planned values for one national standard of an indicator (or for the indicator itself, where it has
/// none) in one submission, judged against that standard's own figure.
/// </summary>
/// <param name="IndicatorName">The indicator's name, with the standard's measure where the indicator has several standards.</param>
/// <param name="StandardPosition">The standard the values measure (<c>trajectory.standard_position</c>); 1 for an indicator without one.</param>
/// <param name="Standard">That standard, or null where the indicator has none.</param>
internal sealed record IndicatorTrajectory(
    Organisation Pct,
    string IndicatorCode,
    string IndicatorName,
    string Unit,
    int StandardPosition,
    IndicatorStandard? Standard,
    IReadOnlyList<PlannedValue> Values)
{
    /// <summary>Whether the plan can be tested: its standard states a figure.</summary>
    public bool HasStandard => Standard?.Threshold is not null;

    /// <summary>The planned values on the wrong side of the standard, in period order; empty when none or no figure.</summary>
    public IReadOnlyList<PlannedValue> Misses => Standard is { } standard ? Values.Where(v => standard.Misses(v.Value)).ToList() : [];

    /// <summary>The plan for the last period: the year-end figure the documents show beside the standard.</summary>
    public PlannedValue? YearEnd => Values.Count > 0 ? Values[^1] : null;

    /// <summary>The year-end plan in the indicator's unit ("91.3%"), or "Not submitted".</summary>
    public string YearEndText => YearEnd is { } v ? Format(v.Value) : "Not submitted";

    /// <summary>
    /// One sentence on the plan against its standard's own figure: "Meets the standard (at least 90%) in all 12
    /// periods." or "Misses the standard (at least 95%) in 3 of 12 periods, first in June 2012 (93.1%)."
    /// </summary>
    public string Verdict
    {
        get
        {
            if (Standard is null)
            {
                return "No national standard applies.";
            }

            if (!HasStandard)
            {
                return IndicatorStandard.NoFigure;
            }

            if (Values.Count == 0)
            {
                return "No planned values were submitted.";
            }

            var misses = Misses;
            var standard = $"the standard ({Standard.ThresholdText})";
            if (misses.Count == 0)
            {
                return Values.Count == 1 ? $"Meets {standard}." : $"Meets {standard} in all {Values.Count} periods.";
            }

            var first = misses[0];
            return $"Misses {standard} in {misses.Count} of {Values.Count} periods, first in {DisplayFormat.Period(first.Period)} ({Format(first.Value)}).";
        }
    }

    /// <summary>A value in this indicator's unit.</summary>
    public string Format(double value) => DisplayFormat.IndicatorValue(Unit, value);
}
