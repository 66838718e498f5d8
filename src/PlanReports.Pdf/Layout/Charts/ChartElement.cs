using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout.Charts;

/// <summary>
/// A chart drawn with vector paths and real text in the document's subset fonts, under its caption. The drawing is
/// one Figure in the structure tree, with the chart's alternative text and a bounding box; it is never split.
/// </summary>
internal sealed class ChartElement : WholeElement
{
    private const double CaptionGap = 4;

    private readonly Chart chart;
    private readonly ParagraphElement caption;
    private readonly DocumentTheme theme;
    private readonly Func<bool, TextStyle> style;
    private readonly StructNode? node;
    private ChartDrawing? drawing;

    internal ChartElement(string description, Chart chart, ParagraphElement caption, DocumentTheme theme, Func<bool, TextStyle> style, StructNode? node)
        : base(description, chart.Source)
    {
        this.chart = chart;
        this.caption = caption;
        this.theme = theme;
        this.style = style;
        this.node = node;
    }

    protected override void DrawWhole(PageCanvas canvas, double x, double y, double width, double height)
    {
        var captionHeight = caption.Measure(width, height, false).Height;
        caption.Draw(canvas, x, y, width, height, false);
        var top = y + captionHeight + CaptionGap;
        var picture = Layout(width);
        foreach (var shape in picture.Shapes)
        {
            Draw(canvas, shape, x, top);
        }

        if (node is not null)
        {
            node.BoundingBox ??= (canvas.PageIndex, new PageBox(x, top, width, picture.Height));
        }
    }

    private void Draw(PageCanvas canvas, ChartShape shape, double x, double y)
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

    private ChartDrawing Layout(double width)
    {
        // Measure and Draw ask for the same width, so the drawing is laid out once.
        if (drawing is null || Math.Abs(drawing.Width - width) > 0.001)
        {
            drawing = ChartLayout.Draw(chart, width, theme, (text, size, bold) => style(bold).Face.Shape(text).Width(size));
        }

        return drawing;
    }

    protected override double Height(double width) => caption.Measure(width, double.MaxValue, false).Height + CaptionGap + Layout(width).Height;
}
