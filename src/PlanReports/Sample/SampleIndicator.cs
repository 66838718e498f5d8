namespace PlanReports.Sample;

/// <summary>An Annex 1 indicator as the trajectory generator sees it.</summary>
/// <param name="Unit">percentage, count, pounds, score or measure-set.</param>
/// <param name="Polarity">higher-is-better, lower-is-better or neutral.</param>
/// <param name="Frequency">monthly, quarterly or annual.</param>
/// <param name="Standards">Every national standard seed 001 states for it, in order; empty where none.</param>
/// <param name="TrustLevel">Measured for NHS trusts or their FT pipeline, not for PCTs.</param>
internal sealed record SampleIndicator(
    string Code,
    string Name,
    string Unit,
    string Polarity,
    string Frequency,
    IReadOnlyList<SampleStandard> Standards,
    bool TrustLevel)
{
    /// <summary>
    /// What a PCT plans a trajectory for: each national standard on its own (both parts of Category A, each referral
    /// to treatment standard), or the indicator itself, as position 1, where it has no standard.
    /// </summary>
    public IReadOnlyList<SampleStandard> Measures => Standards.Count > 0 ? Standards : [new SampleStandard(1, null, null, false)];

    /// <summary>The indicator's name with the measure where it has several standards, as the documents label it.</summary>
    public string Label(SampleStandard measure) =>
        Standards.Count > 1 && measure.Measure is { } text ? $"{Name} – {text}" : Name;

    /// <summary>
    /// Whether each PCT plans a trajectory for it: every indicator measured for a PCT with a single value. A
    /// measure set (several measures in one bullet) has no single value to plan, and trust-level measures are
    /// planned by trusts.
    /// </summary>
    public bool PlannedPerPct => !TrustLevel && Unit != "measure-set";
}
