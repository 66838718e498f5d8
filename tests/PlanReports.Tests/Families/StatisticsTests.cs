using PlanReports.Statistics;

namespace PlanReports.Tests.Families;

// Expected values were computed by hand from the formulas (and checked with Python's math.erfc), not by this code.
public sealed class StatisticsTests
{
    [Fact]
    public void Two_sided_p_of_1_96_is_five_percent()
    {
        Assert.Equal(0.05, StandardNormal.TwoSidedP(1.959963984540054), 6);
        Assert.Equal(0.5, StandardNormal.Cdf(0), 7);
        Assert.Equal(0.9750021, StandardNormal.Cdf(1.96), 6);
    }

    [Fact]
    public void Rate_fall_from_800_to_700_per_100000_in_equal_populations_is_significant()
    {
        // SE = sqrt(800 + 700) = 38.7298 per 100,000; z = -100 / 38.7298 = -2.58199; p = 0.009823.
        var t = RateComparison.Compare(800, 100_000, 700, 100_000);
        Assert.Equal(800, t.Baseline, 9);
        Assert.Equal(700, t.Ambition, 9);
        Assert.Equal(-100, t.Difference, 9);
        Assert.Equal(38.729833, t.StandardError, 5);
        Assert.Equal(-2.581989, t.Z, 5);
        Assert.Equal(0.009823, t.PValue, 5);
        Assert.Equal(-175.909079, t.ConfidenceLow, 4);
        Assert.Equal(-24.090921, t.ConfidenceHigh, 4);
        Assert.True(t.IsSignificantImprovement(higherIsBetter: false));
        Assert.False(t.IsSignificantImprovement(higherIsBetter: true));
    }

    [Fact]
    public void Rate_fall_from_480_to_456_per_100000_is_not_significant()
    {
        // 1200/250,000 = 480.0 and 1150/252,000 = 456.349; z = -1.22444; p = 0.220785.
        var t = RateComparison.Compare(1200, 250_000, 1150, 252_000);
        Assert.Equal(480, t.Baseline, 6);
        Assert.Equal(456.349206, t.Ambition, 5);
        Assert.Equal(-1.224442, t.Z, 5);
        Assert.Equal(0.2207854, t.PValue, 5);
        Assert.False(t.IsSignificant);
        Assert.False(t.IsSignificantImprovement(higherIsBetter: false));
    }

    [Fact]
    public void Proportion_rise_from_82_to_86_percent_of_1000_is_significant()
    {
        // Pooled p = 0.84, SE0 = sqrt(0.84 x 0.16 x 2/1000) = 0.016395; z = 2.43975; p = 0.014697.
        // Unpooled SE = sqrt(0.82 x 0.18/1000 + 0.86 x 0.14/1000) = 0.016371; CI = 4.0 ± 3.2086 points.
        var t = ProportionComparison.Compare(820, 1000, 860, 1000);
        Assert.Equal(82, t.Baseline, 9);
        Assert.Equal(86, t.Ambition, 9);
        Assert.Equal(4, t.Difference, 9);
        Assert.Equal(2.439750, t.Z, 5);
        Assert.Equal(0.014697, t.PValue, 5);
        Assert.Equal(0.791401, t.ConfidenceLow, 5);
        Assert.Equal(7.208599, t.ConfidenceHigh, 5);
        Assert.True(t.IsSignificantImprovement(higherIsBetter: true));
    }

    [Fact]
    public void Proportion_with_more_successes_than_total_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionComparison.Compare(11, 10, 5, 10));
    }

    [Fact]
    public void Unchanged_rate_has_p_of_one()
    {
        var t = RateComparison.Compare(0, 1000, 0, 1000);
        Assert.Equal(1, t.PValue);
        Assert.False(t.IsSignificant);
    }
}
