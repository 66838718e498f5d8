using System.Globalization;
using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Charts;

/// <summary>Chart values are written in UK form whatever the machine's culture: percentages as percentages, pounds shortened on the axis.</summary>
public sealed class ChartNumbersTests
{
    [Theory]
    [InlineData(92.456, ChartValueFormat.Percent, 1, "92.5%")]
    [InlineData(1234567, ChartValueFormat.Pounds, 0, "£1,234,567")]
    [InlineData(2096, ChartValueFormat.Number, 1, "2,096.0")]
    [InlineData(-5, ChartValueFormat.Number, 0, "\u22125")]
    [InlineData(-0.01, ChartValueFormat.Number, 1, "0.0")]
    public void Values_are_written_in_uk_form(double value, ChartValueFormat format, int decimals, string expected)
    {
        Assert.Equal(expected, ChartNumbers.Value(value, new ChartAxis("Value", format, decimals)));
    }

    [Fact]
    public void Pound_ticks_are_shortened_to_millions_or_thousands_with_the_decimals_the_step_needs()
    {
        var axis = new ChartAxis("Pounds", ChartValueFormat.Pounds);
        var millions = ChartScale.Nice(0, 19_888_000);
        var thousands = ChartScale.Nice(0, 230_000);

        Assert.Equal(["£0m", "£5m", "£10m", "£15m", "£20m"], millions.Ticks.Select(t => ChartNumbers.Tick(t, axis, millions)));
        Assert.Equal("£50k", ChartNumbers.Tick(50_000, axis, thousands));
        Assert.Equal("£2.5m", ChartNumbers.Tick(2_500_000, axis, new ChartScale(0, 5_000_000, 500_000)));
    }

    [Fact]
    public void Percentage_ticks_take_the_decimals_of_their_step()
    {
        var axis = new ChartAxis("Per cent", ChartValueFormat.Percent, 1);
        var scale = ChartScale.Nice(76.2, 77.1);

        Assert.Equal("76.2%", ChartNumbers.Tick(76.2, axis, scale));
        Assert.Equal("80%", ChartNumbers.Tick(80, axis, ChartScale.Nice(0, 97)));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("en-GB")]
    public void The_machine_culture_does_not_change_the_figures(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("1,234.5%", ChartNumbers.Value(1234.5, new ChartAxis("x", ChartValueFormat.Percent, 1)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
