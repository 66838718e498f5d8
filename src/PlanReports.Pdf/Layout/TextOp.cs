using PlanReports.Documents.Model;
using PlanReports.Pdf.Fonts;

namespace PlanReports.Pdf.Layout;

/// <summary>Shaped glyphs drawn in one face, size and colour, starting at (X, Baseline).</summary>
internal sealed record TextOp(FontFace Face, double Size, Colour Colour, double X, double Baseline, GlyphRun Glyphs)
    : DrawOp
{
    internal double Width => Glyphs.Advance * Size / Face.UnitsPerEm;

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
