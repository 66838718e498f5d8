namespace PlanReports.Reports.Lookups;

/// <summary>
/// One PCT's planned values for one indicator in one submission, judged against the national standard where
/// seed 001 states one.
/// </summary>
internal sealed record IndicatorTrajectory(
    Organisation Pct,
    string IndicatorCode,
    string IndicatorName,
    string Unit,
    string Polarity,
    string? StandardText,
    double? StandardValue,
    IReadOnlyList<PlannedValue> Values)
{
    /// <summary>Whether a standard applies: there is a threshold and a direction in which better lies.</summary>
    public bool HasStandard => StandardValue is not null && Polarity != "neutral";

    /// <summary>The planned values on the wrong side of the standard, in period order; empty when none or no standard.</summary>
    public IReadOnlyList<PlannedValue> Misses =>
        !HasStandard
            ? []
            : Values.Where(v => Polarity == "higher-is-better" ? v.Value < StandardValue!.Value : v.Value > StandardValue!.Value).ToList();

    /// <summary>
    /// One sentence on the plan against the standard: "Meets the standard in all 12 periods." or "Misses the
    /// standard in 3 of 12 periods, first in Jun 2012 (93.1%)."
    /// </summary>
    public string Verdict
    {
        get
        {
            if (!HasStandard)
            {
                return "No national standard applies.";
            }

            if (Values.Count == 0)
            {
                return "No planned values were submitted.";
            }

            var misses = Misses;
            if (misses.Count == 0)
            {
                return Values.Count == 1 ? "Meets the standard." : $"Meets the standard in all {Values.Count} periods.";
            }

            var first = misses[0];
            return $"Misses the standard in {misses.Count} of {Values.Count} periods, first in {DisplayFormat.Period(first.Period)} ({Format(first.Value)}).";
        }
    }

    /// <summary>A value in this indicator's unit.</summary>
    public string Format(double value) => DisplayFormat.IndicatorValue(Unit, value);
}
