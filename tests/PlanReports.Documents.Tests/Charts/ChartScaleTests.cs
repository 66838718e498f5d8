using PlanReports.Documents.Charts;

namespace PlanReports.Documents.Tests.Charts;

/// <summary>The value axis lands on round numbers (Heckbert's nice numbers) and covers the data with few ticks.</summary>
public sealed class ChartScaleTests
{
    [Theory]
    [InlineData(0, 97, 0, 100, 20)]
    [InlineData(0, 13, 0, 15, 5)]
    [InlineData(76.2, 78.7, 76, 79, 1)]
    [InlineData(0, 19_888_000, 0, 20_000_000, 5_000_000)]
    [InlineData(-3, 7, -5, 10, 5)]
    [InlineData(0, 0.7, 0, 0.8, 0.2)]
    public void Nice_scale_rounds_the_ends_out_to_a_step_of_1_2_or_5_times_a_power_of_ten(double low, double high, double minimum, double maximum, double step)
    {
        var scale = ChartScale.Nice(low, high);

        Assert.Equal(minimum, scale.Minimum, 9);
        Assert.Equal(maximum, scale.Maximum, 9);
        Assert.Equal(step, scale.Step, 9);
    }

    [Fact]
    public void Every_range_gets_at_most_six_round_ticks_that_cover_it()
    {
        // A deterministic spread of ranges: tiny, huge, negative, straddling zero.
        var random = new Random(2012);
        for (var i = 0; i < 2000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-3, 9));
            var a = (random.NextDouble() - 0.3) * magnitude;
            var b = a + (random.NextDouble() * magnitude);
            var scale = ChartScale.Nice(a, b);
            var ticks = scale.Ticks;

            Assert.InRange(ticks.Count, 2, 6);
            Assert.True(scale.Minimum <= a + 1e-9 && scale.Maximum >= b - 1e-9, $"{a} to {b} gave {scale}");
            var mantissa = scale.Step / Math.Pow(10, Math.Floor(Math.Log10(scale.Step)));
            Assert.Contains(Math.Round(mantissa, 6), new[] { 1.0, 2.0, 5.0 });
            Assert.All(ticks, t => Assert.Equal(0, Math.Abs(Math.IEEERemainder(t, scale.Step)) / scale.Step, 6));
        }
    }

    [Fact]
    public void Ticks_carry_no_floating_point_residue()
    {
        var ticks = ChartScale.Nice(0, 0.5).Ticks;

        // 3 × 0.1 is 0.30000000000000004 in binary floating point; the tick must be the 0.3 a reader types.
        Assert.Equal([0, 0.1, 0.2, 0.3, 0.4, 0.5], ticks);
    }

    [Fact]
    public void A_single_value_gets_a_range_around_it_instead_of_a_zero_height_axis()
    {
        var scale = ChartScale.Nice(95, 95);

        Assert.True(scale.Minimum < 95 && scale.Maximum > 95, scale.ToString());
        Assert.Equal(0, ChartScale.Nice(0, 0).Minimum);
        Assert.True(ChartScale.Nice(0, 0).Maximum > 0);
    }

    [Fact]
    public void Whole_numbers_get_a_step_of_at_least_one()
    {
        Assert.Equal(0.5, ChartScale.Nice(0, 2).Step);
        var counts = ChartScale.Nice(0, 2, minimumStep: 1);

        Assert.Equal(1, counts.Step);
        Assert.Equal([0d, 1d, 2d], counts.Ticks);
    }

    [Fact]
    public void Decimals_follow_the_step()
    {
        Assert.Equal(0, ChartScale.Nice(0, 100).Decimals);
        Assert.Equal(1, ChartScale.Nice(76.2, 77.1).Decimals);
        Assert.Equal(2, ChartScale.Nice(0, 0.07).Decimals);
    }

    [Fact]
    public void Infinite_or_missing_ends_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ChartScale.Nice(0, double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => ChartScale.Nice(double.NaN, 1));
    }
}
