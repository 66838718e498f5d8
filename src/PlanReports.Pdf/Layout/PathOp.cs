using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout;

/// <summary>
/// A path of straight segments through <paramref name="Points"/>: open and stroked (a chart line), or closed and
/// filled, optionally outlined (a bar, a marker). <paramref name="Dash"/> holds dash and gap lengths; empty is solid.
/// </summary>
internal sealed record PathOp(IReadOnlyList<(double X, double Y)> Points, bool Closed, Colour? Fill, Colour? Stroke, double LineWidth, IReadOnlyList<double> Dash) : DrawOp
{
    internal override PageBox Bounds
    {
        get
        {
            var left = Points.Min(p => p.X);
            var top = Points.Min(p => p.Y);
            return new PageBox(left, top, Points.Max(p => p.X) - left, Points.Max(p => p.Y) - top);
        }
    }
}
