using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>
/// A chart: its caption, the picture as inline SVG named by the alternative text, and the numbers behind it in a
/// &lt;details&gt; table (category by series, reference lines beneath), so nothing is carried by the picture alone.
/// </summary>
internal sealed class ChartRenderer : HtmlBlockRenderer<Chart>
{
    protected override void Write(Chart block, HtmlWriter html) => WriteFigure(block, html, ChartSvg.Width, legend: true, block.Caption);

    /// <summary>
    /// The chart's figure laid out <paramref name="width"/> points wide; a grid's cells leave the legend to the grid and
    /// give their data table a caption that names the grid as well as the cell, since a table is read on its own.
    /// </summary>
    internal static void WriteFigure(Chart block, HtmlWriter html, double width, bool legend, string tableCaption)
    {
        html.Line("<figure class=\"chart-figure\">");
        html.Raw("<figcaption>").Text(block.Caption).Line("</figcaption>");
        ChartSvg.Write(block, html, width, legend);
        html.Line("<details class=\"chart-data\">");
        html.Raw("<summary>").Text("The numbers in this chart").Line("</summary>");
        html.Line("<table>");
        html.Raw("<caption>").Text(tableCaption).Line("</caption>");
        html.Raw("<thead><tr><th scope=\"col\">").Text(block.CategoryTitle).Raw("</th>");
        foreach (var series in block.Series)
        {
            html.Raw("<th scope=\"col\">").Text(series.Name).Raw("</th>");
        }

        html.Line("</tr></thead>");
        html.Line("<tbody>");
        for (var i = 0; i < block.Categories.Count; i++)
        {
            html.Raw("<tr><th scope=\"row\">").Text(block.Categories[i]).Raw("</th>");
            foreach (var series in block.Series)
            {
                var value = series.Values[i] is { } v ? ChartNumbers.Value(v, block.ValueAxis) : "No value";
                html.Raw("<td class=\"align-right\">").Text(value).Raw("</td>");
            }

            html.Line("</tr>");
        }

        html.Line("</tbody>");
        html.Line("</table>");
        foreach (var reference in block.ReferenceLines)
        {
            html.Raw("<p>").Text($"{reference.Label}: {ChartNumbers.Value(reference.Value, block.ValueAxis)}.").Line("</p>");
        }

        html.Line("</details>");
        html.Line("</figure>");
    }
}
