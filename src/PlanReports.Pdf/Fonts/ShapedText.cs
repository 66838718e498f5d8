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

        // The glyphs without trailing spaces, for when this text ends a line; worked out once per shaped word.
        var end = glyphs.Length;
        while (end > 0 && glyphs[end - 1].Text.Length > 0 && string.IsNullOrWhiteSpace(glyphs[end - 1].Text))
        {
            end--;
        }

        Trimmed = end == glyphs.Length ? glyphs : glyphs[..end];
        var trimmedWidth = 0;
        for (var i = 0; i < end; i++)
        {
            trimmedWidth += glyphs[i].Advance;
        }

        TrimmedAdvance = trimmedWidth;
    }

    /// <summary>The glyphs without trailing spaces.</summary>
    internal ShapedGlyph[] Trimmed { get; }

    /// <summary>The advance of <see cref="Trimmed"/> in font units.</summary>
    internal int TrimmedAdvance { get; }

    internal FontFace Face { get; }

    internal string Text { get; }

    internal ShapedGlyph[] Glyphs { get; }

    /// <summary>Total advance in font units.</summary>
    internal int Advance { get; }

    /// <summary>Width in points at <paramref name="size"/>.</summary>
    internal double Width(double size) => Advance * size / Face.UnitsPerEm;
}
