using System.Globalization;
using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>
/// Small multiples: one figure with the grid's caption and, where the cells agree, one legend, over a CSS grid of
/// the cells' own figures (each an SVG role="img" with its title and its numbers in a &lt;details&gt; table). Cells are
/// laid out at their share of the chart width, so their text is the size of a single chart's.
/// </summary>
internal sealed class ChartGridRenderer : HtmlBlockRenderer<ChartGrid>
{
    protected override void Write(ChartGrid block, HtmlWriter html)
    {
        var columns = Math.Max(1, block.Columns);
        var cellWidth = (ChartSvg.Width - (ChartGridLayout.Gap * (columns - 1))) / columns;
        var shared = ChartGridLayout.SharedLegend(block);
        html.Line("<figure class=\"chart-grid\">");
        html.Raw("<figcaption>").Text(block.Caption).Line("</figcaption>");
        if (shared is not null)
        {
            var legend = ChartLayout.Legend(shared, ChartSvg.Width, html.Theme, SvgTextMeasure.Width);
            ChartSvg.Write(legend, ChartGridLayout.LegendText(shared), html);
        }

        html.Raw("<div class=\"chart-grid-cells\"")
            .Attribute("style", string.Create(CultureInfo.InvariantCulture, $"grid-template-columns: repeat({columns}, minmax(0, 1fr))"))
            .Line(">");
        foreach (var chart in block.Charts)
        {
            ChartRenderer.WriteFigure(chart, html, cellWidth, legend: shared is null, $"{chart.Caption} ({block.Caption})");
        }

        html.Line("</div>");
        html.Line("</figure>");
    }
}
