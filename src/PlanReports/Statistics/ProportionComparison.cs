namespace PlanReports.Statistics;

/// <summary>
/// The two-proportion z-test: the test statistic uses the pooled proportion (the null hypothesis is "no change"),
/// the 95% confidence interval of the difference the unpooled standard error, as textbooks do.
/// </summary>
internal static class ProportionComparison
{
    /// <summary>The name documents print for this test.</summary>
    public const string Name = "two-proportion z-test";

    /// <summary>Compares ambition successes/total with baseline successes/total; values are returned as percentages.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, exceeds its total, or a total is not positive.</exception>
    public static SignificanceTest Compare(double baselineSuccesses, double baselineTotal, double ambitionSuccesses, double ambitionTotal)
    {
        Require(baselineSuccesses, baselineTotal);
        Require(ambitionSuccesses, ambitionTotal);
        var p1 = baselineSuccesses / baselineTotal;
        var p2 = ambitionSuccesses / ambitionTotal;
        var pooled = (baselineSuccesses + ambitionSuccesses) / (baselineTotal + ambitionTotal);
        var pooledSe = Math.Sqrt(pooled * (1 - pooled) * ((1 / baselineTotal) + (1 / ambitionTotal)));
        var se = Math.Sqrt((p1 * (1 - p1) / baselineTotal) + (p2 * (1 - p2) / ambitionTotal));
        var difference = p2 - p1;
        var z = pooledSe == 0 ? 0 : difference / pooledSe;
        return new SignificanceTest(
            Name,
            p1 * 100,
            p2 * 100,
            difference * 100,
            se * 100,
            z,
            (difference - (StandardNormal.Z975 * se)) * 100,
            (difference + (StandardNormal.Z975 * se)) * 100,
            pooledSe == 0 ? 1 : StandardNormal.TwoSidedP(z));
    }

    private static void Require(double successes, double total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, total);
    }
}
