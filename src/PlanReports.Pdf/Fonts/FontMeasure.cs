using PlanReports.Documents.Rendering;

namespace PlanReports.Pdf.Fonts;

/// <summary>Text widths from the embedded Liberation Sans faces, shaped as the layout shapes them (kerning included).</summary>
/// <param name="fonts">The faces, fetched on first use (the renderer loads its fonts lazily).</param>
internal sealed class FontMeasure(Func<FontSet> fonts) : ITextMeasure
{
    // Shaped with its trailing spaces, as the line breaker shapes a word, so the shaping cache serves both.
    public double Width(string text, bool bold, double size)
    {
        var shaped = fonts().Select(bold, false).Shape(text);
        return shaped.TrimmedAdvance * size / shaped.Face.UnitsPerEm;
    }

    // A word in place: cut out as a string only the first time it is shaped.
    public double Width(ReadOnlySpan<char> text, bool bold, double size)
    {
        var shaped = fonts().Select(bold, false).Shape(text);
        return shaped.TrimmedAdvance * size / shaped.Face.UnitsPerEm;
    }
}
