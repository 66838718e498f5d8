namespace PlanReports.Reports.Lookups;

/// <summary>
/// One national standard seed 001 sets for an indicator, word for word. An indicator may carry several (Category A
/// has two parts, referral to treatment three operational standards and the diagnostic wait); a PCT's trajectory
/// is planned against the first that states a figure, its headline.
/// </summary>
/// <param name="IndicatorCode">The indicator it belongs to.</param>
/// <param name="Position">Its place among the indicator's standards, from 1.</param>
/// <param name="Measure">What it measures, where the indicator covers more than it; null where the quote says it all.</param>
/// <param name="Quote">The standard as seed 001 states it.</param>
/// <param name="Threshold">Its figure as a percentage; null where the seed names the standard without one.</param>
/// <param name="IsHeadline">Whether trajectories are planned against it (the first with a figure).</param>
internal sealed record IndicatorStandard(
    string IndicatorCode,
    int Position,
    string? Measure,
    string Quote,
    double? Threshold,
    bool IsHeadline)
{
    /// <summary>The quote with a capital first letter, as a table cell starts ("75 per cent …", "The operational …").</summary>
    public string QuoteText => Quote.Length > 0 && char.IsLower(Quote[0]) ? char.ToUpperInvariant(Quote[0]) + Quote[1..] : Quote;

    /// <summary>
    /// The indicator's name with this standard's measure where the indicator has more than one standard
    /// ("Ambulance quality (Category A response times) – Category A calls: ambulance at the scene within 19 minutes").
    /// </summary>
    public string Label(string indicatorName, int standardsOfIndicator) =>
        standardsOfIndicator > 1 && Measure is { } measure ? $"{indicatorName} – {measure}" : indicatorName;

    /// <summary>What a reader is told where a trajectory is not tested against this standard; null where it is.</summary>
    public string? Untested => (IsHeadline, Threshold) switch
    {
        (true, _) => null,
        (false, null) => "The standard applies; the Operating Framework gives no figure to test the plans against.",
        (false, not null) => "The standard applies; the plans hold one trajectory for the indicator, tested against its first standard.",
    };
}
