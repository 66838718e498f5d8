using PlanReports.Components;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// One national standard seed 001 sets for an indicator, word for word. An indicator may carry several (Category A
/// has two parts, referral to treatment three operational standards and the diagnostic wait); each is planned on
/// its own trajectory (<c>trajectory.standard_position</c>) and tested against its own figure.
/// </summary>
/// <param name="IndicatorCode">The indicator it belongs to.</param>
/// <param name="Position">Its place among the indicator's standards, from 1.</param>
/// <param name="Measure">What it measures, where the indicator covers more than it; null where the quote says it all.</param>
/// <param name="Quote">The standard as seed 001 states it.</param>
/// <param name="Threshold">Its figure as a percentage; null where the seed names the standard without one.</param>
/// <param name="Direction">Which side of the figure a plan must be on ("at least 90%", "less than 1%").</param>
/// <param name="InPercent">Whether the figure is a percentage: always for seed 001's standards; a headline read from an
/// older store's indicator row is in the indicator's unit.</param>
internal sealed record IndicatorStandard(
    string IndicatorCode,
    int Position,
    string? Measure,
    string Quote,
    double? Threshold,
    StandardDirection Direction,
    bool InPercent = true)
{
    /// <summary>What a reader is told where a plan cannot be tested against the standard: it states no figure.</summary>
    public const string NoFigure = "The standard applies; the Operating Framework gives no figure to test the plans against.";

    /// <summary>What a reader is told where no plan was submitted against a standard with a figure.</summary>
    public const string NoPlan = "No trajectory was submitted against this standard.";

    /// <summary>The quote with a capital first letter, as a table cell starts ("75 per cent …", "The operational …").</summary>
    public string QuoteText => Quote.Length > 0 && char.IsLower(Quote[0]) ? char.ToUpperInvariant(Quote[0]) + Quote[1..] : Quote;

    /// <summary>
    /// The indicator's name with this standard's measure where the indicator has more than one standard
    /// ("Ambulance quality (Category A response times) – Category A calls: ambulance at the scene within 19 minutes").
    /// </summary>
    public string Label(string indicatorName, int standardsOfIndicator) =>
        standardsOfIndicator > 1 && Measure is { } measure ? $"{indicatorName} – {measure}" : indicatorName;

    /// <summary>The figure a plan is tested against, in words: "at least 90%", "less than 1%"; null without one.</summary>
    public string? ThresholdText => Threshold is { } threshold
        ? $"{Direction switch { StandardDirection.LessThan => "less than", StandardDirection.AtMost => "at most", _ => "at least" }} {DisplayFormat.Number(threshold, threshold == Math.Floor(threshold) ? 0 : 1)}{(InPercent ? "%" : string.Empty)}"
        : null;

    /// <summary>Whether a planned value falls short of the standard; never for a standard without a figure.</summary>
    public bool Misses(double value) => Threshold is { } threshold && StandardFigure.Misses(Direction, threshold, value);
}
