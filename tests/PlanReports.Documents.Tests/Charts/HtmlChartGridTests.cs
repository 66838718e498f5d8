using AngleSharp.Dom;
using PlanReports.Documents.Charts;
using PlanReports.Documents.Html;
using PlanReports.Documents.Model;
using PlanReports.Documents.Tests.Html;
using PlanReports.Testing.Documents;
using Document = PlanReports.Documents.Model.Document;

namespace PlanReports.Documents.Tests.Charts;

/// <summary>
/// Small multiples in HTML: one figure with the grid's caption and one legend image, over a CSS grid of the cells'
/// figures, each an SVG role="img" named by its title with its numbers in a details table.
/// </summary>
public sealed class HtmlChartGridTests
{
    private static readonly ChartGrid Grid = SampleCharts.Grid();

    private static readonly IDocument Dom = HtmlStructure.Parse(new HtmlRenderer().RenderToString(new Document(
        new DocumentMetadata("Grid", "PlanReports tests", "Small multiples", new DateOnly(2012, 5, 4)),
        PageSetup.A4Portrait,
        [new Heading(1, [new TextRun("Grid")]), Grid])));

    [Fact]
    public void The_grid_is_one_figure_with_its_caption_a_legend_image_and_a_cell_figure_per_chart()
    {
        var grid = Dom.QuerySelector("figure.chart-grid")!;
        var cells = grid.QuerySelectorAll(".chart-grid-cells > figure.chart-figure").ToList();

        Assert.Equal(Grid.Caption, grid.QuerySelector(":scope > figcaption")!.TextContent);
        Assert.Equal(ChartGridLayout.LegendText(Grid.Charts[0]), grid.QuerySelector(":scope > svg[role=img] > title")!.TextContent);
        Assert.Contains("repeat(2, minmax(0, 1fr))", grid.QuerySelector(".chart-grid-cells")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal(Grid.Charts.Select(c => c.Caption), cells.Select(c => c.QuerySelector("figcaption")!.TextContent));
        Assert.Equal(Grid.Charts.Select(c => c.AltText), cells.Select(c => c.QuerySelector("svg[role=img] > title")!.TextContent));
        Assert.All(cells, c => Assert.Equal(12, c.QuerySelectorAll("details table tbody tr").Length));
        Assert.Equal($"Alpha North ({Grid.Caption})", cells[0].QuerySelector("details caption")!.TextContent);
    }

    [Fact]
    public void The_cells_leave_the_legend_to_the_grid_and_draw_one_axis()
    {
        var cells = Dom.QuerySelectorAll(".chart-grid-cells svg").ToList();
        var ticks = cells.Select(svg => string.Join(' ', svg.QuerySelectorAll("text[text-anchor=end]:not([font-weight])").Select(t => t.TextContent))).ToList();

        Assert.All(cells, svg => Assert.DoesNotContain(svg.QuerySelectorAll("text"), t => t.TextContent == "Planned"));
        Assert.Single(ticks.Distinct());
        Assert.Contains("100%", ticks[0], StringComparison.Ordinal);
    }
}
