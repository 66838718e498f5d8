using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout;

/// <summary>A straight line, solid or dashed.</summary>
internal sealed record LineOp(double X1, double Y1, double X2, double Y2, Colour Colour, double LineWidth, bool Dashed = false) : DrawOp
{
    internal override PageBox Bounds =>
        new(Math.Min(X1, X2), Math.Min(Y1, Y2), Math.Abs(X2 - X1), Math.Abs(Y2 - Y1));
}
