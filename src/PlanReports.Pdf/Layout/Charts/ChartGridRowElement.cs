using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout.Charts;

/// <summary>
/// One row of a chart grid, never split across pages: its cells side by side, each a <see cref="ChartElement"/>
/// (its own Figure with Alt and BBox under its title), their pictures lined up under the tallest title. The first row
/// also carries the grid's caption and its one legend, so neither is ever left at the foot of a page without charts.
/// </summary>
internal sealed class ChartGridRowElement : WholeElement
{
    private const double LegendGap = 6;

    private readonly IReadOnlyList<ChartElement> cells;
    private readonly int columns;
    private readonly ParagraphElement? caption;
    private readonly Legend? legend;

    internal ChartGridRowElement(string description, SourceRef? source, IReadOnlyList<ChartElement> cells, int columns, ParagraphElement? caption, Legend? legend)
        : base(description, source)
    {
        this.cells = cells;
        this.columns = Math.Max(1, columns);
        this.caption = caption;
        this.legend = legend;
    }

    protected override double Height(double width)
    {
        var cellWidth = CellWidth(width);
        return HeaderHeight(width) + cells.Max(c => c.CaptionHeight(cellWidth)) + cells.Max(c => c.PictureHeight(cellWidth));
    }

    protected override void DrawWhole(PageCanvas canvas, double x, double y, double width, double height)
    {
        var top = y;
        if (caption is not null)
        {
            var captionHeight = caption.Measure(width, double.MaxValue, false).Height;
            caption.Draw(canvas, x, top, width, captionHeight, false);
            top += captionHeight;
        }

        if (legend is not null)
        {
            var drawing = legend.Layout(width);
            top += LegendGap;
            ChartPainter.Paint(canvas, drawing, x, top, legend.Style, legend.Node);
            if (legend.Node is not null)
            {
                legend.Node.BoundingBox ??= (canvas.PageIndex, new PageBox(x, top, width, drawing.Height));
            }

            top += drawing.Height + LegendGap;
        }

        var cellWidth = CellWidth(width);
        var captionSpace = cells.Max(c => c.CaptionHeight(cellWidth));
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].DrawCell(canvas, x + (i * (cellWidth + ChartGridLayout.Gap)), top, cellWidth, captionSpace);
        }
    }

    private double CellWidth(double width) => (width - (ChartGridLayout.Gap * (columns - 1))) / columns;

    private double HeaderHeight(double width) =>
        (caption?.Measure(width, double.MaxValue, false).Height ?? 0) + (legend is null ? 0 : legend.Layout(width).Height + (2 * LegendGap));

    /// <summary>The grid's one legend: the drawing for a width, its text style and its Figure.</summary>
    internal sealed record Legend(Func<double, ChartDrawing> Layout, Func<bool, TextStyle> Style, StructNode? Node);
}
