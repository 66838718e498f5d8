using System.Text;
using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>
/// Draws a chart's shapes as inline SVG in points (the viewBox), scaled to the page width by the stylesheet. The SVG
/// is one image to assistive technology (role="img"), named by its &lt;title&gt;, the chart's alternative text.
/// </summary>
internal static class ChartSvg
{
    /// <summary>The width the chart is laid out at; the browser scales it to the column.</summary>
    public const double Width = 470;

    public static void Write(Chart chart, HtmlWriter html)
    {
        var drawing = ChartLayout.Draw(chart, Width, html.Theme, SvgTextMeasure.Width);
        html.Raw("<svg class=\"chart\" role=\"img\"")
            .Attribute("viewBox", $"0 0 {HtmlFormat.Number(drawing.Width)} {HtmlFormat.Number(drawing.Height)}")
            .Attribute("font-family", html.Theme.FontFamily + ", sans-serif")
            .Line(" xmlns=\"http://www.w3.org/2000/svg\">");
        html.Raw("<title>").Text(chart.AltText).Line("</title>");
        foreach (var shape in drawing.Shapes)
        {
            Shape(shape, html);
        }

        html.Line("</svg>");
    }

    private static void Shape(ChartShape shape, HtmlWriter html)
    {
        switch (shape)
        {
            case ChartLine line:
                html.Raw(line.Points.Count == 2 ? "<line" : "<polyline");
                if (line.Points.Count == 2)
                {
                    html.Attribute("x1", HtmlFormat.Number(line.Points[0].X)).Attribute("y1", HtmlFormat.Number(line.Points[0].Y))
                        .Attribute("x2", HtmlFormat.Number(line.Points[1].X)).Attribute("y2", HtmlFormat.Number(line.Points[1].Y));
                }
                else
                {
                    html.Attribute("points", Points(line.Points)).Attribute("fill", "none");
                }

                Stroke(html, line.Colour, line.Width, line.Dash).Line("/>");
                break;
            case ChartRect rect:
                html.Raw("<rect").Attribute("x", HtmlFormat.Number(rect.X)).Attribute("y", HtmlFormat.Number(rect.Y))
                    .Attribute("width", HtmlFormat.Number(rect.Width)).Attribute("height", HtmlFormat.Number(rect.Height))
                    .Attribute("fill", HtmlFormat.Hex(rect.Fill));
                Stroke(html, rect.Stroke, 0.75, rect.Dash).Line("/>");
                break;
            case ChartMarker marker when marker.Kind == MarkerKind.Circle:
                html.Raw("<circle").Attribute("cx", HtmlFormat.Number(marker.X)).Attribute("cy", HtmlFormat.Number(marker.Y))
                    .Attribute("r", HtmlFormat.Number(marker.Size / 2)).Attribute("fill", HtmlFormat.Hex(marker.Colour)).Line("/>");
                break;
            case ChartMarker marker:
                html.Raw("<polygon").Attribute("points", Points(marker.Polygon())).Attribute("fill", HtmlFormat.Hex(marker.Colour)).Line("/>");
                break;
            case ChartText text:
                html.Raw("<text").Attribute("x", HtmlFormat.Number(text.X)).Attribute("y", HtmlFormat.Number(text.Baseline))
                    .Attribute("font-size", HtmlFormat.Number(text.Size)).Attribute("fill", HtmlFormat.Hex(text.Colour));
                if (text.Anchor != TextAnchor.Start)
                {
                    html.Attribute("text-anchor", text.Anchor == TextAnchor.Middle ? "middle" : "end");
                }

                if (text.Bold)
                {
                    html.Attribute("font-weight", "bold");
                }

                html.Raw(">").Text(text.Text).Line("</text>");
                break;
            default:
                throw new NotSupportedException($"The HTML renderer cannot draw a {shape.GetType().Name} in a chart.");
        }
    }

    private static HtmlWriter Stroke(HtmlWriter html, Colour colour, double width, IReadOnlyList<double> dash)
    {
        html.Attribute("stroke", HtmlFormat.Hex(colour)).Attribute("stroke-width", HtmlFormat.Number(width));
        return dash.Count > 0 ? html.Attribute("stroke-dasharray", string.Join(' ', dash.Select(HtmlFormat.Number))) : html;
    }

    private static string Points(IReadOnlyList<(double X, double Y)> points)
    {
        var text = new StringBuilder();
        foreach (var (x, y) in points)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(HtmlFormat.Number(x)).Append(',').Append(HtmlFormat.Number(y));
        }

        return text.ToString();
    }
}
