using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout;

/// <summary>A rectangle, filled and/or stroked, with optionally rounded corners.</summary>
internal sealed record RectOp(PageBox Box, Colour? Fill, Colour? Stroke = null, double LineWidth = 0, double Radius = 0) : DrawOp
{
    internal override PageBox Bounds => Box;
}
