using System.Globalization;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>
/// Draws a horizontal bar chart as SVG in a fixed coordinate space that scales to the page width: labels on the
/// left, bars scaled to the chart's maximum, values in a column on the right (clear of the reference line), and a dashed reference line. The SVG is
/// one image to assistive technology (role="img"), named by the figure's alternative text.
/// </summary>
internal static class BarChartSvg
{
    private const double Width = 600;
    private const double LabelWidth = 190;
    private const double ValueWidth = 70;
    private const double RowHeight = 26;
    private const double BarHeight = 16;
    private const double Top = 8;
    private const double ReferenceLabelHeight = 18;

    public static void Write(BarChart chart, string altText, HtmlWriter html)
    {
        var theme = html.Theme;
        var plotWidth = Width - LabelWidth - ValueWidth;
        var maximum = chart.Maximum > 0 ? chart.Maximum : Math.Max(1, chart.Bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        var hasReference = chart.ReferenceValue is not null;
        var plotTop = Top + (hasReference ? ReferenceLabelHeight : 0);
        var height = plotTop + (chart.Bars.Count * RowHeight) + Top;
        var textColour = HtmlFormat.Hex(theme.Text);
        var fontSize = HtmlFormat.Number(theme.SmallSize * 96 / 72);

        html.Raw("<svg class=\"chart\" role=\"img\"").Attribute("aria-label", altText)
            .Attribute("viewBox", $"0 0 {HtmlFormat.Number(Width)} {HtmlFormat.Number(height)}")
            .Attribute("font-size", fontSize)
            .Attribute("fill", textColour)
            .Line(" xmlns=\"http://www.w3.org/2000/svg\">");

        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = plotTop + (i * RowHeight) + ((RowHeight - BarHeight) / 2);
            var length = plotWidth * Math.Clamp(bar.Value, 0, maximum) / maximum;
            var textY = HtmlFormat.Number(y + (BarHeight / 2));

            html.Raw("<text").Attribute("x", HtmlFormat.Number(LabelWidth - 8)).Attribute("y", textY)
                .Raw(" text-anchor=\"end\" dominant-baseline=\"middle\">").Text(bar.Label).Line("</text>");
            html.Raw("<rect").Attribute("x", HtmlFormat.Number(LabelWidth)).Attribute("y", HtmlFormat.Number(y))
                .Attribute("width", HtmlFormat.Number(length)).Attribute("height", HtmlFormat.Number(BarHeight))
                .Attribute("fill", HtmlFormat.Hex(bar.Fill)).Line("/>");
            html.Raw("<text").Attribute("x", HtmlFormat.Number(Width - 4)).Attribute("y", textY)
                .Raw(" text-anchor=\"end\" dominant-baseline=\"middle\">").Text(bar.Value.ToString(chart.ValueFormat, CultureInfo.InvariantCulture)).Line("</text>");
        }

        if (chart.ReferenceValue is { } reference)
        {
            var x = HtmlFormat.Number(LabelWidth + (plotWidth * Math.Clamp(reference, 0, maximum) / maximum));
            html.Raw("<line").Attribute("x1", x).Attribute("x2", x)
                .Attribute("y1", HtmlFormat.Number(plotTop - 4)).Attribute("y2", HtmlFormat.Number(height - Top + 4))
                .Attribute("stroke", textColour).Line(" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
            var label = chart.ReferenceLabel ?? reference.ToString(chart.ValueFormat, CultureInfo.InvariantCulture);
            html.Raw("<text").Attribute("x", x).Attribute("y", HtmlFormat.Number(Top + (ReferenceLabelHeight / 2)))
                .Raw(" text-anchor=\"middle\" dominant-baseline=\"middle\">").Text(label).Line("</text>");
        }

        html.Line("</svg>");
    }
}
