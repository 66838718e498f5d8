using System.Globalization;

namespace PlanReports.Reports;

/// <summary>
/// UK-style formatting of dates, money, numbers and percentages, independent of the machine's culture so the
/// same data gives the same words on every run and every machine.
/// </summary>
public static class UkFormat
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] Weekdays =
    [
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    ];

    /// <summary>"4 May 2012".</summary>
    public static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>"May 2012".</summary>
    public static string MonthAndYear(DateOnly date) => $"{Months[date.Month - 1]} {date.Year}";

    /// <summary>"May 2012" for May, "Apr 2012" for April: a month as a chart axis writes it, three letters and the year.</summary>
    public static string ShortMonthAndYear(DateOnly date) => $"{Months[date.Month - 1][..3]} {date.Year}";

    /// <summary>"Friday 4 May 2012".</summary>
    public static string DateWithWeekday(DateOnly date) => $"{Weekdays[(int)date.DayOfWeek]} {Date(date)}";

    /// <summary>"£1,234,000" (whole pounds, rounded half away from zero).</summary>
    public static string Money(decimal pounds) =>
        (pounds < 0 ? "-£" : "£") + Math.Abs(Math.Round(pounds, 0, MidpointRounding.AwayFromZero)).ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>"£1.2m" (millions to one decimal place, ".0" dropped).</summary>
    public static string MoneyMillions(decimal pounds) =>
        (pounds < 0 ? "-£" : "£") + Math.Round(Math.Abs(pounds) / 1_000_000m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "m";

    /// <summary>"12,345.6" with the given number of decimal places.</summary>
    public static string Number(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : string.Empty), CultureInfo.InvariantCulture);

    /// <summary>"92.5%" for a value already in percentage points.</summary>
    public static string Percent(decimal points, int decimals) => Number(points, decimals) + "%";
}
