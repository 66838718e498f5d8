namespace PlanReports.Pdf.Fonts;

/// <summary>A piece of text shaped in one face: glyphs in visual order and the total advance in font units.</summary>
internal sealed class ShapedText
{
    internal ShapedText(FontFace face, string text, ShapedGlyph[] glyphs)
    {
        Face = face;
        Text = text;
        Glyphs = glyphs;
        var width = 0;
        foreach (var g in glyphs)
        {
            width += g.Advance;
        }

        Advance = width;
    }

    internal FontFace Face { get; }

    internal string Text { get; }

    internal IReadOnlyList<ShapedGlyph> Glyphs { get; }

    /// <summary>Total advance in font units.</summary>
    internal int Advance { get; }

    /// <summary>Width in points at <paramref name="size"/>.</summary>
    internal double Width(double size) => Advance * size / Face.UnitsPerEm;
}
