namespace PlanReports.Statistics;

/// <summary>
/// The outcome of comparing an ambition with its baseline: the two values on the metric's own scale, their
/// difference with its standard error and 95% confidence interval, the z statistic and the two-sided p-value.
/// </summary>
/// <param name="TestName">The test, named so a reader can check it, e.g. "two-proportion z-test".</param>
/// <param name="Baseline">Baseline on the display scale (a rate per 100,000 or a percentage).</param>
/// <param name="Ambition">Ambition on the same scale.</param>
/// <param name="Difference">Ambition minus baseline.</param>
/// <param name="StandardError">Standard error of the difference used for the confidence interval.</param>
/// <param name="Z">The test statistic.</param>
/// <param name="ConfidenceLow">Lower end of the 95% confidence interval of the difference.</param>
/// <param name="ConfidenceHigh">Upper end.</param>
/// <param name="PValue">Two-sided p-value.</param>
internal sealed record SignificanceTest(
    string TestName,
    double Baseline,
    double Ambition,
    double Difference,
    double StandardError,
    double Z,
    double ConfidenceLow,
    double ConfidenceHigh,
    double PValue)
{
    /// <summary>The 5% level the brief and seed 003 paragraph 47 call for.</summary>
    public const double Alpha = 0.05;

    /// <summary>Whether the difference is statistically significant at the 5% level (two-sided).</summary>
    public bool IsSignificant => PValue < Alpha;

    /// <summary>
    /// Whether the ambition is a statistically significant improvement: significant, and in the direction the
    /// metric's polarity calls better.
    /// </summary>
    public bool IsSignificantImprovement(bool higherIsBetter) =>
        IsSignificant && (higherIsBetter ? Difference > 0 : Difference < 0);
}
