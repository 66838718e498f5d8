namespace PlanReports.Statistics;

/// <summary>The standard normal distribution, enough of it for two-sided z-tests and 95% confidence intervals.</summary>
internal static class StandardNormal
{
    /// <summary>The 97.5th percentile: a two-sided 95% interval is ±1.959964 standard errors.</summary>
    public const double Z975 = 1.959963984540054;

    /// <summary>P(|Z| ≥ |z|): the two-sided p-value of a z statistic.</summary>
    public static double TwoSidedP(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>P(Z ≤ z).</summary>
    public static double Cdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2.0));

    /// <summary>
    /// The complementary error function by the Chebyshev fit of Numerical Recipes (section 6.2), relative error
    /// below 1.2e-7 everywhere: ample for p-values shown to three decimals, and no package needed.
    /// </summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1.0 / (1.0 + (0.5 * z));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var answer = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? answer : 2.0 - answer;
    }
}
