namespace PlanReports.Sample;

/// <summary>An Annex 1 indicator as the trajectory generator sees it.</summary>
/// <param name="Unit">percentage, count, pounds, score or measure-set.</param>
/// <param name="Polarity">higher-is-better, lower-is-better or neutral.</param>
/// <param name="Frequency">monthly, quarterly or annual.</param>
/// <param name="Standard">The lowest national standard threshold the seed states, or null.</param>
/// <param name="TrustLevel">Measured for NHS trusts or their FT pipeline, not for PCTs.</param>
internal sealed record SampleIndicator(
    string Code,
    string Name,
    string Unit,
    string Polarity,
    string Frequency,
    double? Standard,
    bool TrustLevel)
{
    /// <summary>
    /// Whether each PCT plans a trajectory for it: every indicator measured for a PCT with a single value. A
    /// measure set (several measures in one bullet) has no single value to plan, and trust-level measures are
    /// planned by trusts.
    /// </summary>
    public bool PlannedPerPct => !TrustLevel && Unit != "measure-set";
}
