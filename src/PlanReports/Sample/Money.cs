namespace PlanReports.Sample;

/// <summary>Shares of national sums by population, and splitting a sum into rounded parts that add up exactly.</summary>
internal static class Money
{
    /// <summary>England's resident population in thousands around 2013, the denominator of every fair share.</summary>
    public const double EnglandThousands = 53_500;

    public static long Share(double nationalPounds, int populationThousands) =>
        RoundToThousand(nationalPounds * populationThousands / EnglandThousands);

    public static long RoundToThousand(double pounds) => (long)Math.Round(pounds / 1000, MidpointRounding.AwayFromZero) * 1000;

    /// <summary>Splits a total in proportion to weights, each part rounded to £1,000, the last taking the remainder.</summary>
    public static IReadOnlyList<long> Split(long total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var parts = new long[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count - 1; i++)
        {
            parts[i] = RoundToThousand(total * weights[i] / sum);
            given += parts[i];
        }
        parts[^1] = total - given;
        return parts;
    }
}
