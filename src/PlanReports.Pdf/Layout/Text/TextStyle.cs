using PlanReports.Documents.Model;
using PlanReports.Pdf.Fonts;

namespace PlanReports.Pdf.Layout.Text;

/// <summary>How a run of text looks: face, size, colour, and whether it is underlined (links).</summary>
internal sealed record TextStyle(FontFace Face, double Size, Colour Colour, bool Underline = false)
{
    internal double Ascent => Face.Ascender * Size / Face.UnitsPerEm;

    internal double Descent => -Face.Descender * Size / Face.UnitsPerEm;
}
