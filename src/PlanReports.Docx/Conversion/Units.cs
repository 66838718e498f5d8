using System.Globalization;

namespace PlanReports.Docx.Conversion;

/// <summary>Conversions from the model's points to the units WordprocessingML counts in.</summary>
internal static class Units
{
    /// <summary>Twentieths of a point (twips, "dxa"): page sizes, margins, indents, spacing, widths.</summary>
    public static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    /// <summary>Twips as the invariant string attributes want.</summary>
    public static string TwipsText(double points) => Twips(points).ToString(CultureInfo.InvariantCulture);

    /// <summary>Half-points: font sizes.</summary>
    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Eighths of a point: border widths (Word accepts 2 to 96).</summary>
    public static uint BorderEighths(double points) =>
        (uint)Math.Clamp(Math.Round(points * 8, MidpointRounding.AwayFromZero), 2, 96);

    /// <summary>240ths of a line: "auto" line spacing as a multiple of single spacing.</summary>
    public static string LineMultiple(double multiple) =>
        ((int)Math.Round(multiple * 240, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
}
