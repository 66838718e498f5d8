using PlanReports.Documents.Rendering;

namespace PlanReports.Pdf.Fonts;

/// <summary>
/// Text widths from the embedded Liberation Sans faces, shaped as the layout shapes them (kerning included). One per
/// renderer, used by its documents' layouts and by the DOCX renderer it is lent to, on several threads at once.
/// </summary>
/// <param name="fonts">The faces, fetched on first use (the renderer loads its fonts lazily).</param>
internal sealed class FontMeasure(Func<FontSet> fonts) : ITextMeasure
{
    // Cell texts measured for column widths: a batch's tables repeat the same labels and values in every document,
    // and each is measured for the PDF and again for the DOCX. Forgotten all at once when full, so it stays bounded.
    private const int WidestWordCapacity = 1 << 15;

    private readonly Dictionary<(string Text, bool Bold, double Size), double> widestWords = [];
    private readonly Lock gate = new();

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

    public double WidestWord(string text, bool bold, double size)
    {
        var key = (text, bold, size);
        lock (gate)
        {
            if (widestWords.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var widest = TextWords.Widest(text, this, bold, size);
        lock (gate)
        {
            if (widestWords.Count >= WidestWordCapacity)
            {
                widestWords.Clear();
            }

            widestWords[key] = widest;
        }

        return widest;
    }
}
