namespace PlanReports.Statistics;

/// <summary>
/// Compares two event rates (events per population) by the normal approximation to the difference of two Poisson
/// rates: the variance of a rate x/n is x/n², so SE(r₂ − r₁) = √(x₁/n₁² + x₂/n₂²). Adequate for the counts of
/// BCF metrics (hundreds of admissions); seed 003 paragraph 43 rules out metrics subject to small numbers.
/// </summary>
internal static class RateComparison
{
    /// <summary>The name documents print for this test.</summary>
    public const string Name = "comparison of two Poisson rates (normal approximation)";

    /// <summary>Compares the ambition's rate with the baseline's, both scaled per <paramref name="per"/> population.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or a population not positive.</exception>
    public static SignificanceTest Compare(double baselineEvents, double baselinePopulation, double ambitionEvents, double ambitionPopulation, double per = 100_000)
    {
        Require(baselineEvents, baselinePopulation);
        Require(ambitionEvents, ambitionPopulation);
        var r1 = baselineEvents / baselinePopulation;
        var r2 = ambitionEvents / ambitionPopulation;
        var se = Math.Sqrt((baselineEvents / (baselinePopulation * baselinePopulation)) + (ambitionEvents / (ambitionPopulation * ambitionPopulation)));
        var difference = r2 - r1;
        var z = se == 0 ? 0 : difference / se;
        return new SignificanceTest(
            Name,
            r1 * per,
            r2 * per,
            difference * per,
            se * per,
            z,
            (difference - (StandardNormal.Z975 * se)) * per,
            (difference + (StandardNormal.Z975 * se)) * per,
            se == 0 ? 1 : StandardNormal.TwoSidedP(z));
    }

    private static void Require(double events, double population)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
    }
}
