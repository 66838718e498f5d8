using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout;

/// <summary>A filled circle centred on (X, Y): a chart's point marker.</summary>
internal sealed record CircleOp(double X, double Y, double Radius, Colour Fill) : DrawOp
{
    internal override PageBox Bounds => new(X - Radius, Y - Radius, 2 * Radius, 2 * Radius);
}
