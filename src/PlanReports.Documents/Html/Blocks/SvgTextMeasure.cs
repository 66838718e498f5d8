namespace PlanReports.Documents.Html.Blocks;

/// <summary>
/// Text widths for laying out an SVG chart without the font at hand: Arial's advance widths by character class,
/// close enough to keep labels apart (the browser draws the text; the layout only needs to leave room for it).
/// </summary>
internal static class SvgTextMeasure
{
    public static double Width(string text, double size, bool bold)
    {
        double ems = 0;
        foreach (var c in text)
        {
            ems += c switch
            {
                'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.24,
                ' ' or 'f' or 't' or 'r' or 'I' or '(' or ')' or '-' or '/' => 0.32,
                'm' or 'w' or 'M' or 'W' or '%' => 0.86,
                >= 'A' and <= 'Z' => 0.68,
                _ => 0.55,
            };
        }

        return ems * size * (bold ? 1.06 : 1);
    }
}
