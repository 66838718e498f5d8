using System.Globalization;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Charts;

/// <summary>
/// Writes chart values the same way in every format, in UK form and independent of the machine's culture:
/// 1,234.5; 92.5%; £1,250,000 (on an axis £1.25m).
/// </summary>
public static class ChartNumbers
{
    /// <summary>A data value as the data table and value labels write it.</summary>
    public static string Value(double value, ChartAxis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        var decimals = Math.Clamp(axis.Decimals, 0, 6);
        return Write(value, axis.Format, decimals);
    }

    /// <summary>A tick of <paramref name="scale"/>, with the decimals its step needs; pounds shortened to k or m.</summary>
    public static string Tick(double value, ChartAxis axis, ChartScale scale)
    {
        ArgumentNullException.ThrowIfNull(axis);
        ArgumentNullException.ThrowIfNull(scale);
        if (axis.Format == ChartValueFormat.Pounds && Math.Max(Math.Abs(scale.Minimum), Math.Abs(scale.Maximum)) >= 10_000)
        {
            var (divisor, suffix) = Math.Max(Math.Abs(scale.Minimum), Math.Abs(scale.Maximum)) >= 1_000_000 ? (1_000_000.0, "m") : (1_000.0, "k");
            var step = new ChartScale(0, 1, scale.Step / divisor);
            var scaled = Math.Abs(value / divisor).ToString("N" + step.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return Sign(value, scaled) + "£" + scaled + suffix;
        }

        return Write(value, axis.Format, scale.Decimals);
    }

    private static string Write(double value, ChartValueFormat format, int decimals)
    {
        var digits = Math.Abs(value).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return format switch
        {
            ChartValueFormat.Percent => Sign(value, digits) + digits + "%",
            ChartValueFormat.Pounds => Sign(value, digits) + "£" + digits,
            _ => Sign(value, digits) + digits,
        };
    }

    // A true minus sign, and none for a value that rounds to zero.
    private static string Sign(double value, string digits) => value < 0 && digits.Any(c => c is >= '1' and <= '9') ? "\u2212" : string.Empty;
}
