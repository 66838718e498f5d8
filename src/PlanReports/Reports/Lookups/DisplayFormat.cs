using System.Globalization;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// How every document writes dates, money and indicator values: one place, British conventions, independent of the
/// machine's culture, so the same figure reads identically in a letter, a pack and a summary.
/// </summary>
internal static class DisplayFormat
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"4 May 2012".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    /// <summary>"4 May 2012" from an ISO date.</summary>
    /// <exception cref="FormatException">The text is not an ISO date.</exception>
    public static string Date(string isoDate) => Date(ParseIso(isoDate));

    /// <summary>"April 2012".</summary>
    public static string MonthYear(DateOnly date) => date.ToString("MMMM yyyy", British);

    /// <summary>Parses a store date, 'YYYY-MM-DD'.</summary>
    /// <exception cref="FormatException">The text is not an ISO date.</exception>
    public static DateOnly ParseIso(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"'{isoDate}' is not a date in the form YYYY-MM-DD.");

    /// <summary>Whole pounds: "£1,234,567".</summary>
    public static string Pounds(long amount) =>
        amount < 0 ? "-£" + (-amount).ToString("N0", British) : "£" + amount.ToString("N0", British);

    /// <summary>Thousands of pounds as the plans state them: "£12,345k".</summary>
    public static string ThousandPounds(double amountK) =>
        (amountK < 0 ? "-£" : "£") + Math.Abs(amountK).ToString("N0", British) + "k";

    /// <summary>A number with a fixed count of decimals and thousands separators: "1,234.5".</summary>
    public static string Number(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), British);

    /// <summary>A percentage held as 0-100: "95.0%".</summary>
    public static string Percent(double value, int decimals = 1) => Number(value, decimals) + "%";

    /// <summary>A p-value as statisticians write it: "0.012", or "&lt; 0.001" below a thousandth.</summary>
    public static string PValue(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// A planned indicator value in the indicator's unit: percentages with one decimal, counts whole, money in
    /// thousands, rates with one decimal.
    /// </summary>
    public static string IndicatorValue(string unit, double value) => unit switch
    {
        "percentage" => Percent(value),
        "count" => Number(value, 0),
        "GBP thousands" => ThousandPounds(value),
        _ when unit.StartsWith("rate", StringComparison.Ordinal) => Number(value, 1),
        _ => Number(value, value == Math.Floor(value) ? 0 : 1),
    };

    /// <summary>
    /// A trajectory period as readers write it: 'YYYY-MM' becomes "Jun 2012"; 'YYYY-Qn' (financial-year quarter)
    /// becomes "2012/13 Q1"; an annual 'YYYY/YY' stays as it is.
    /// </summary>
    public static string Period(string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Length == 7 && period[4] == '-' && period[5] != 'Q'
            && DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month.ToString("MMM yyyy", British);
        }

        if (period.Length == 7 && period[4] == '-' && period[5] == 'Q'
            && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{year}/{(year + 1) % 100:00} {period[5..]}");
        }

        return period;
    }
}
