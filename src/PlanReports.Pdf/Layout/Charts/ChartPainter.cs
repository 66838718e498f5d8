using PlanReports.Documents.Charts;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout.Charts;

/// <summary>Draws a laid-out chart's shapes as vector paths and real text, marked as content of a structure node.</summary>
internal static class ChartPainter
{
    /// <summary>Draws every shape of <paramref name="drawing"/> with its top left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    internal static void Paint(PageCanvas canvas, ChartDrawing drawing, double x, double y, Func<bool, TextStyle> style, StructNode? node)
    {
        foreach (var shape in drawing.Shapes)
        {
            Paint(canvas, shape, x, y, style, node);
        }
    }

    private static void Paint(PageCanvas canvas, ChartShape shape, double x, double y, Func<bool, TextStyle> style, StructNode? node)
    {
        switch (shape)
        {
            case ChartLine path:
                canvas.Draw(new PathOp(Shift(path.Points, x, y), false, null, path.Colour, path.Width, path.Dash), node);
                break;
            case ChartRect rect:
                IReadOnlyList<(double X, double Y)> corners =
                    [(rect.X, rect.Y), (rect.X + rect.Width, rect.Y), (rect.X + rect.Width, rect.Y + rect.Height), (rect.X, rect.Y + rect.Height)];
                canvas.Draw(new PathOp(Shift(corners, x, y), true, rect.Fill, rect.Stroke, 0.6, rect.Dash), node);
                break;
            case ChartMarker marker when marker.Kind == MarkerKind.Circle:
                canvas.Draw(new CircleOp(x + marker.X, y + marker.Y, marker.Size / 2, marker.Colour), node);
                break;
            case ChartMarker marker:
                canvas.Draw(new PathOp(Shift(marker.Polygon(), x, y), true, marker.Colour, null, 0, []), node);
                break;
            case ChartText text:
                var textStyle = style(text.Bold) with { Size = text.Size, Colour = text.Colour };
                var line = LineBreaker.Break([new InlineSpan(text.Text, textStyle)], double.MaxValue, textStyle, 1.2)[0];
                var left = text.Anchor switch
                {
                    TextAnchor.Middle => text.X - (line.Width / 2),
                    TextAnchor.End => text.X - line.Width,
                    _ => text.X,
                };
                TextDrawing.DrawLine(canvas, line, x + left, y + text.Baseline - line.Baseline, node);
                break;
            default:
                throw new NotSupportedException($"The PDF renderer cannot draw a {shape.GetType().Name} in a chart.");
        }
    }

    private static List<(double X, double Y)> Shift(IReadOnlyList<(double X, double Y)> points, double x, double y) =>
        points.Select(p => (p.X + x, p.Y + y)).ToList();
}
