using PlanReports.Documents.Model;
using PlanReports.Pdf.Fonts;

namespace PlanReports.Pdf.Layout.Text;

/// <summary>Glyphs of one style placed on a line, at <see cref="X"/> from the line start.</summary>
internal sealed record LineFragment(double X, double Width, GlyphRun Glyphs, TextStyle Style, LinkInfo? Link, Colour? BadgeFill);
