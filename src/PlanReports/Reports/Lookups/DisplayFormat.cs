using System.Globalization;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// How every document writes dates, money and indicator values: one place, British conventions, independent of the
/// machine's culture, so the same figure reads identically in a letter, a pack and a summary.
/// </summary>
internal static class DisplayFormat
{
    /// <summary>"4 May 2012", as the sign-off letter writes it.</summary>
    public static string Date(DateOnly date) => UkFormat.Date(date);

    /// <summary>"4 May 2012" from an ISO date.</summary>
    /// <exception cref="FormatException">The text is not an ISO date.</exception>
    public static string Date(string isoDate) => Date(ParseIso(isoDate));

    /// <summary>"April 2012".</summary>
    public static string MonthYear(DateOnly date) => UkFormat.MonthAndYear(date);

    /// <summary>Parses a store date, 'YYYY-MM-DD'.</summary>
    /// <exception cref="FormatException">The text is not an ISO date.</exception>
    public static DateOnly ParseIso(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"'{isoDate}' is not a date in the form YYYY-MM-DD.");

    /// <summary>Whole pounds: "£1,234,567".</summary>
    public static string Pounds(long amount) => UkFormat.Money(amount);

    /// <summary>Thousands of pounds as the plans state them: "£12,345k".</summary>
    public static string ThousandPounds(double amountK) =>
        (amountK < 0 ? "-£" : "£") + UkFormat.Number((decimal)Math.Abs(amountK), 0) + "k";

    /// <summary>A number with a fixed count of decimals and thousands separators: "1,234.5".</summary>
    public static string Number(double value, int decimals) => UkFormat.Number((decimal)value, decimals);

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
    /// A trajectory period in words, exactly as the sign-off letter writes it: 'YYYY-MM' becomes "June 2012",
    /// 'YYYY-Qn' (financial-year quarter) "Q1 2012/13", an annual 'YYYY/YY' stays as it is.
    /// </summary>
    public static string Period(string period) => TrajectoryRollUp.PeriodInWords(period);
}
