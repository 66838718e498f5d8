using PlanReports.Documents.Model;
using PlanReports.Pdf.Fonts;

namespace PlanReports.Pdf.Layout;

/// <summary>Shaped glyphs drawn in one face, size and colour, starting at (X, Baseline).</summary>
internal sealed record TextOp(FontFace Face, double Size, Colour Colour, double X, double Baseline, IReadOnlyList<ShapedGlyph> Glyphs)
    : DrawOp
{
    internal double Width
    {
        get
        {
            var advance = 0;
            for (var i = 0; i < Glyphs.Count; i++)
            {
                advance += Glyphs[i].Advance;
            }

            return advance * Size / Face.UnitsPerEm;
        }
    }

    internal override PageBox Bounds
    {
        get
        {
            var ascent = Face.Ascender * Size / Face.UnitsPerEm;
            var descent = -Face.Descender * Size / Face.UnitsPerEm;
            return new PageBox(X, Baseline - ascent, Width, ascent + descent);
        }
    }
}
