using System.Globalization;

namespace PlanReports.Sample;

/// <summary>Small text helpers for prose: lists joined the English way, dates and sums as a letter writes them.</summary>
internal static class Names
{
    // Month names are spelled here rather than taken from a culture, so no ICU version can change the output.
    private static readonly IReadOnlyList<string> Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    /// <summary>"4 April 2014".</summary>
    public static string LongDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>"April 2014".</summary>
    public static string MonthYear(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Months[date.Month - 1]} {date.Year}");

    /// <summary>"12.4m" for millions, "640k" below, as plan summaries abbreviate sums of money.</summary>
    public static string Pounds(long pounds) => pounds >= 1_000_000
        ? (pounds / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + "m"
        : (pounds / 1000).ToString(CultureInfo.InvariantCulture) + "k";

    public static string Thousands(double amountK) => amountK >= 1000
        ? "£" + (amountK / 1000).ToString("#,##0.0", CultureInfo.InvariantCulture) + "m"
        : "£" + amountK.ToString("0", CultureInfo.InvariantCulture) + "k";
}
