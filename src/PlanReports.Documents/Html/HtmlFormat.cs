using System.Globalization;

namespace PlanReports.Documents.Html;

/// <summary>Numbers written into CSS and SVG: invariant culture, at most two decimals, so output is the same everywhere.</summary>
internal static class HtmlFormat
{
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Pt(double value) => Number(value) + "pt";

    public static string Percent(double value) => Number(value) + "%";

    public static string Hex(Model.Colour colour) => "#" + colour.ToHex();
}
