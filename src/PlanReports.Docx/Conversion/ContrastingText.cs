using PlanReports.Documents.Model;

namespace PlanReports.Docx.Conversion;

/// <summary>Picks a text colour that reads on a given background with at least WCAG AA contrast (4.5:1).</summary>
internal static class ContrastingText
{
    public const double MinimumContrast = 4.5;

    /// <summary>
    /// The preferred colour when it has enough contrast with <paramref name="background"/>; otherwise whichever of
    /// the body text colour (when it has enough), black or white has the most.
    /// </summary>
    public static Colour On(Colour background, Colour preferred, Colour bodyText)
    {
        if (preferred.ContrastWith(background) >= MinimumContrast)
        {
            return preferred;
        }

        if (bodyText.ContrastWith(background) >= MinimumContrast)
        {
            return bodyText;
        }

        return Colour.Black.ContrastWith(background) >= Colour.White.ContrastWith(background) ? Colour.Black : Colour.White;
    }
}
