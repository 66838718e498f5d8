namespace PlanReports.Reports.Lookups;

/// <summary>
/// One PCT's plan set against one of its indicator's national standards: a row of the pack's trajectory annex.
/// </summary>
/// <param name="IndicatorName">The indicator, with the standard's measure where the indicator has several standards.</param>
/// <param name="StandardText">The standard as seed 001 states it.</param>
/// <param name="Planned">The plan for the year end against this standard, with its period, or "Not submitted".</param>
/// <param name="Verdict">Whether the plan meets the standard, or why it is not tested against it.</param>
internal sealed record StandardCheck(string IndicatorName, string StandardText, string Planned, string Verdict)
{
    /// <summary>
    /// Every standard of one indicator, in the order seed 001 gives them, each with the PCT's trajectory planned
    /// against it (<paramref name="trajectories"/>: the PCT's trajectories for that indicator).
    /// </summary>
    public static IEnumerable<StandardCheck> For(string indicatorName, IReadOnlyList<IndicatorTrajectory> trajectories, IReadOnlyList<IndicatorStandard> standards)
    {
        ArgumentNullException.ThrowIfNull(trajectories);
        ArgumentNullException.ThrowIfNull(standards);
        return standards.Select(s =>
        {
            var planned = trajectories.FirstOrDefault(t => t.StandardPosition == s.Position);
            return new StandardCheck(
                s.Label(indicatorName, standards.Count),
                s.QuoteText,
                planned?.YearEndText ?? "Not submitted",
                planned?.Verdict ?? (s.Threshold is null ? IndicatorStandard.NoFigure : IndicatorStandard.NoPlan));
        });
    }
}
