using System.Globalization;
using PlanReports.Reports;

namespace PlanReports.Tests.Reports;

public sealed class UkFormatTests
{
    [Theory]
    [InlineData("")]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public void Formats_are_the_same_under_every_culture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal("4 May 2012", UkFormat.Date(new DateOnly(2012, 5, 4)));
            Assert.Equal("Friday 4 May 2012", UkFormat.DateWithWeekday(new DateOnly(2012, 5, 4)));
            Assert.Equal("£1,234,000", UkFormat.Money(1_234_000m));
            Assert.Equal("£1.2m", UkFormat.MoneyMillions(1_234_000m));
            Assert.Equal("£12m", UkFormat.MoneyMillions(12_000_000m));
            Assert.Equal("-£2,501", UkFormat.Money(-2500.5m));
            Assert.Equal("12,345.7", UkFormat.Number(12345.65m, 1));
            Assert.Equal("92.5%", UkFormat.Percent(92.5m, 1));
            Assert.Equal("93%", UkFormat.Percent(92.5m, 0));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
