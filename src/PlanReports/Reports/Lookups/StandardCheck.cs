namespace PlanReports.Reports.Lookups;

/// <summary>
/// One PCT's trajectory set against one of its indicator's national standards: a row of the pack's trajectory annex.
/// </summary>
/// <param name="IndicatorName">The indicator, with the standard's measure where the indicator has several standards.</param>
/// <param name="StandardText">The standard as seed 001 states it.</param>
/// <param name="Periods">How many periods the PCT planned.</param>
/// <param name="Verdict">Whether the plan meets the standard, or why it is not tested against it.</param>
internal sealed record StandardCheck(string IndicatorName, string StandardText, int Periods, string Verdict)
{
    /// <summary>Every standard of one trajectory, in the order seed 001 gives them.</summary>
    public static IEnumerable<StandardCheck> For(IndicatorTrajectory trajectory, IReadOnlyList<IndicatorStandard> standards)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        ArgumentNullException.ThrowIfNull(standards);
        return standards.Select(s => new StandardCheck(
            s.Label(trajectory.IndicatorName, standards.Count),
            s.QuoteText,
            trajectory.Values.Count,
            s.Untested ?? trajectory.Verdict));
    }
}
