using PlanReports.Reports.Lookups;
using PlanReports.Statistics;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>
/// One BCF metric in this area's plan: baseline, ambition, the periods each payment is judged on (seed 003 Annex I
/// paragraph 39), and whether the ambition is a statistically significant improvement on the baseline (paragraph 47).
/// </summary>
/// <param name="Kind">"National", "Local, from the menu" or "Local alternative".</param>
/// <param name="HigherIsBetter">The direction of improvement, or null when the store records none (a local alternative).</param>
/// <param name="Baseline">The baseline counts, or null when the plan holds none for this metric.</param>
/// <param name="Ambition">The ambition counts, or null when none is set.</param>
internal sealed record MetricAmbition(
    string Name,
    string Kind,
    string? FrameworkReference,
    string? Justification,
    string? Unit,
    string? AprilPeriod,
    string? OctoberPeriod,
    bool? HigherIsBetter,
    MetricCounts? Baseline,
    MetricCounts? Ambition)
{
    /// <summary>The significance test for this metric, or null when there is nothing to test or no test fits.</summary>
    public SignificanceTest? Test => (Baseline, Ambition, Unit) switch
    {
        ({ } b, { } a, "rate-per-100000") => RateComparison.Compare(b.Numerator, b.Denominator, a.Numerator, a.Denominator),
        ({ } b, { } a, "percentage") => ProportionComparison.Compare(b.Numerator, b.Denominator, a.Numerator, a.Denominator),
        _ => null,
    };

    /// <summary>", NHS Outcomes Framework 2.6i" for a menu metric, else empty.</summary>
    public string FrameworkText => FrameworkReference is null ? string.Empty : ", " + FrameworkReference;

    /// <summary>" Why this local metric: …" for a local alternative, else empty.</summary>
    public string JustificationText => Justification is null ? string.Empty : " Why this local metric: " + Justification;

    /// <summary>The baseline as readers see it, with its period.</summary>
    public string BaselineText => Baseline is { } b ? $"{Value(b)} ({b.Period})" : "No baseline recorded.";

    /// <summary>The ambition as readers see it, with its period.</summary>
    public string AmbitionText => Ambition is { } a ? $"{Value(a)} ({a.Period})" : "No ambition recorded.";

    /// <summary>The April 2015 payment period, or that none applies.</summary>
    public string AprilPeriodText => AprilPeriod ?? "Not stated";

    /// <summary>The October 2015 payment period, or that none applies.</summary>
    public string OctoberPeriodText => OctoberPeriod ?? "Not stated";

    /// <summary>The test's numbers in one line: rates, difference, confidence interval, z and p.</summary>
    public string TestText => Test is { } t
        ? $"{Capitalise(t.TestName)}: baseline {Scaled(t.Baseline)}, ambition {Scaled(t.Ambition)}; difference {Signed(t.Difference)} "
          + $"(95% confidence interval {Signed(t.ConfidenceLow)} to {Signed(t.ConfidenceHigh)}); z = {DisplayFormat.Number(t.Z, 2)}; p {PText(t.PValue)}."
        : (Baseline, Ambition) switch
        {
            (null, _) => "Not tested: the plan records no baseline or ambition for this metric.",
            (_, null) => "Not tested: the plan sets no ambition to compare with the baseline.",
            _ => "Not tested: a score is not a count out of a population, so neither test applies.",
        };

    /// <summary>The conclusion a reader needs, stated plainly.</summary>
    public string Conclusion
    {
        get
        {
            if (Test is not { } t)
            {
                // TestText has already said why there is no test.
                return string.Empty;
            }

            var p = $"p {PText(t.PValue)}";
            if (HigherIsBetter is not { } higher)
            {
                return t.IsSignificant
                    ? $"The change is statistically significant at the 5% level ({p}); the store records no direction of improvement for this local metric, so it is not called an improvement."
                    : $"The change is not statistically significant at the 5% level ({p}).";
            }

            if (t.IsSignificantImprovement(higher))
            {
                return $"The ambition is a statistically significant improvement on the baseline at the 5% level ({p}).";
            }

            return t.IsSignificant
                ? $"The ambition is significantly worse than the baseline ({p})."
                : $"The ambition is not a statistically significant improvement on the baseline ({p}): it could be an artefact of variation in the data (paragraph 47).";
        }
    }

    /// <summary>The baseline in the significance table: the rate or percentage alone; "None" where none is recorded.</summary>
    public string BaselineShort => Baseline is { } b ? Short(b) : "None";

    /// <summary>The ambition in the significance table, or "None".</summary>
    public string AmbitionShort => Ambition is { } a ? Short(a) : "None";

    /// <summary>The change with its 95% confidence interval: "−52.9 (−152.9 to +47.1)"; a dash where untested.</summary>
    public string ChangeText => Test is { } t
        ? $"{Signed(t.Difference)} ({Signed(t.ConfidenceLow)} to {Signed(t.ConfidenceHigh)})"
        : "–";

    /// <summary>Which test, with its p-value: "Poisson rates, p = 0.300"; or why none.</summary>
    public string TestShort => Test is { } t
        ? $"{(Unit == "percentage" ? "Two proportions" : "Poisson rates")}, p {PText(t.PValue)}"
        : (Baseline, Ambition) switch
        {
            (null, _) => "None: no baseline",
            (_, null) => "None: no ambition",
            _ => "None: a score",
        };

    /// <summary>The verdict in a few words.</summary>
    public string Verdict => Test is not { } t
        ? "Not tested"
        : HigherIsBetter is not { } higher
            ? t.IsSignificant ? "Significant change; direction not recorded" : "Not significant"
            : t.IsSignificantImprovement(higher) ? "Significant improvement"
            : t.IsSignificant ? "Significantly worse"
            : "Not significant";

    private string Short(MetricCounts c) => Unit switch
    {
        "rate-per-100000" => $"{DisplayFormat.Number(c.Numerator / c.Denominator * 100_000, 1)} per 100,000",
        "percentage" => DisplayFormat.Percent(c.Numerator / c.Denominator * 100),
        _ => DisplayFormat.Number(c.Numerator / c.Denominator, 2),
    };

    private string Value(MetricCounts c) => Unit switch
    {
        "rate-per-100000" => $"{DisplayFormat.Number(c.Numerator / c.Denominator * 100_000, 1)} per 100,000 ({DisplayFormat.Number(c.Numerator, 0)} of {DisplayFormat.Number(c.Denominator, 0)})",
        "percentage" => $"{DisplayFormat.Percent(c.Numerator / c.Denominator * 100)} ({DisplayFormat.Number(c.Numerator, 0)} of {DisplayFormat.Number(c.Denominator, 0)})",
        _ => $"{DisplayFormat.Number(c.Numerator / c.Denominator, 2)} ({DisplayFormat.Number(c.Numerator, 0)} over {DisplayFormat.Number(c.Denominator, 0)})",
    };

    private string Scaled(double v) => Unit == "percentage" ? DisplayFormat.Percent(v) : DisplayFormat.Number(v, 1) + " per 100,000";

    private string Signed(double v) => (v > 0 ? "+" : "") + (Unit == "percentage" ? DisplayFormat.Number(v, 1) + " points" : DisplayFormat.Number(v, 1));

    private static string PText(double p) => p < 0.001 ? "< 0.001" : "= " + DisplayFormat.Number(p, 3);

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
