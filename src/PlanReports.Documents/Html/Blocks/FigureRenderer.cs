using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>A figure: the chart as inline SVG named by its alternative text, then the visible caption.</summary>
internal sealed class FigureRenderer : HtmlBlockRenderer<Figure>
{
    protected override void Write(Figure block, HtmlWriter html)
    {
        html.Line("<figure>");
        BarChartSvg.Write(block.Chart, block.AltText, html);
        html.Raw("<figcaption>").Text(block.Caption).Line("</figcaption>");
        html.Line("</figure>");
    }
}
