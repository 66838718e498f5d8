using PlanReports.Documents.Rendering;

namespace PlanReports.Pdf.Fonts;

/// <summary>Text widths from the embedded Liberation Sans faces, shaped as the layout shapes them (kerning included).</summary>
/// <param name="fonts">The faces, fetched on first use (the renderer loads its fonts lazily).</param>
internal sealed class FontMeasure(Func<FontSet> fonts) : ITextMeasure
{
    public double Width(string text, bool bold, double size) => fonts().Select(bold, false).Shape(text).Width(size);
}
