using System.Globalization;
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

    /// <summary>Writes <paramref name="chart"/> laid out <paramref name="width"/> points wide, with its legend unless a grid draws one for all.</summary>
    public static void Write(Chart chart, HtmlWriter html, double width = Width, bool legend = true) =>
        Write(ChartLayout.Draw(chart, width, html.Theme, SvgTextMeasure.Width, legend), chart.AltText, html);

    /// <summary>Writes a laid-out drawing as one image named <paramref name="title"/>.</summary>
    public static void Write(ChartDrawing drawing, string title, HtmlWriter html)
    {
        html.Raw("<svg class=\"chart\" role=\"img\"")
            .Attribute("viewBox", $"0 0 {N(drawing.Width)} {N(drawing.Height)}")
            .Attribute("font-family", html.Theme.FontFamily + ", sans-serif")
            .Line(" xmlns=\"http://www.w3.org/2000/svg\">");
        html.Raw("<title>").Text(title).Line("</title>");
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
                    html.Attribute("x1", N(line.Points[0].X)).Attribute("y1", N(line.Points[0].Y))
                        .Attribute("x2", N(line.Points[1].X)).Attribute("y2", N(line.Points[1].Y));
                }
                else
                {
                    html.Attribute("points", Points(line.Points)).Attribute("fill", "none");
                }

                Stroke(html, line.Colour, line.Width, line.Dash).Line("/>");
                break;
            case ChartRect rect:
                html.Raw("<rect").Attribute("x", N(rect.X)).Attribute("y", N(rect.Y))
                    .Attribute("width", N(rect.Width)).Attribute("height", N(rect.Height))
                    .Attribute("fill", HtmlFormat.Hex(rect.Fill));
                Stroke(html, rect.Stroke, 0.75, rect.Dash).Line("/>");
                break;
            case ChartMarker marker when marker.Kind == MarkerKind.Circle:
                html.Raw("<circle").Attribute("cx", N(marker.X)).Attribute("cy", N(marker.Y))
                    .Attribute("r", N(marker.Size / 2)).Attribute("fill", HtmlFormat.Hex(marker.Colour)).Line("/>");
                break;
            case ChartMarker marker:
                html.Raw("<polygon").Attribute("points", Points(marker.Polygon())).Attribute("fill", HtmlFormat.Hex(marker.Colour)).Line("/>");
                break;
            case ChartText text:
                html.Raw("<text").Attribute("x", N(text.X)).Attribute("y", N(text.Baseline))
                    .Attribute("font-size", N(text.Size)).Attribute("fill", HtmlFormat.Hex(text.Colour));
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
        html.Attribute("stroke", HtmlFormat.Hex(colour)).Attribute("stroke-width", N(width));
        return dash.Count > 0 ? html.Attribute("stroke-dasharray", string.Join(' ', dash.Select(N))) : html;
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

            text.Append(N(x)).Append(',').Append(N(y));
        }

        return text.ToString();
    }

    // A tenth of a point is finer than any screen shows; more digits would only grow the file.
    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
