using System.Collections;

namespace PlanReports.Pdf.Fonts;

/// <summary>
/// Glyphs drawn together, kept as the shaped words they came from rather than copied into one array: a line of
/// eight words is eight references to glyphs the shaping cache already holds. Enumerate <see cref="Parts"/> for speed.
/// </summary>
internal sealed class GlyphRun : IEnumerable<ShapedGlyph>
{
    internal GlyphRun(ShapedGlyph[][] parts)
    {
        Parts = parts;
        foreach (var part in parts)
        {
            Count += part.Length;
        }
    }

    /// <summary>The glyph arrays, in drawing order.</summary>
    internal ShapedGlyph[][] Parts { get; }

    /// <summary>How many glyphs there are in all.</summary>
    internal int Count { get; }

    /// <summary>The total advance in font units.</summary>
    internal int Advance
    {
        get
        {
            var advance = 0;
            foreach (var part in Parts)
            {
                foreach (var glyph in part)
                {
                    advance += glyph.Advance;
                }
            }

            return advance;
        }
    }

    public IEnumerator<ShapedGlyph> GetEnumerator()
    {
        foreach (var part in Parts)
        {
            foreach (var glyph in part)
            {
                yield return glyph;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
