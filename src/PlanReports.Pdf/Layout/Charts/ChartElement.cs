using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout.Charts;

/// <summary>
/// A chart drawn with vector paths and real text in the document's subset fonts, under its caption. The drawing is
/// one Figure in the structure tree, with the chart's alternative text and a bounding box; it is never split. In a
/// grid (<see cref="ChartGridRowElement"/>) it is one cell, drawn by its row, without its legend where the grid
/// draws one for all.
/// </summary>
internal sealed class ChartElement : WholeElement
{
    private const double CaptionGap = 4;

    private readonly Chart chart;
    private readonly ParagraphElement caption;
    private readonly DocumentTheme theme;
    private readonly Func<bool, TextStyle> style;
    private readonly StructNode? node;
    private readonly bool legend;
    private ChartDrawing? drawing;

    internal ChartElement(string description, Chart chart, ParagraphElement caption, DocumentTheme theme, Func<bool, TextStyle> style, StructNode? node, bool legend = true)
        : base(description, chart.Source)
    {
        this.chart = chart;
        this.caption = caption;
        this.theme = theme;
        this.style = style;
        this.node = node;
        this.legend = legend;
    }

    /// <summary>The caption's height at <paramref name="width"/>, with the gap beneath it.</summary>
    internal double CaptionHeight(double width) => caption.Measure(width, double.MaxValue, false).Height + CaptionGap;

    /// <summary>The picture's height at <paramref name="width"/>.</summary>
    internal double PictureHeight(double width) => Layout(width).Height;

    /// <summary>Draws the caption at <paramref name="y"/> and the picture <paramref name="captionSpace"/> below it, so the pictures of a row line up.</summary>
    internal void DrawCell(PageCanvas canvas, double x, double y, double width, double captionSpace)
    {
        caption.Draw(canvas, x, y, width, captionSpace, false);
        var top = y + captionSpace;
        var picture = Layout(width);
        ChartPainter.Paint(canvas, picture, x, top, style, node);
        if (node is not null)
        {
            node.BoundingBox ??= (canvas.PageIndex, new PageBox(x, top, width, picture.Height));
        }
    }

    protected override void DrawWhole(PageCanvas canvas, double x, double y, double width, double height) =>
        DrawCell(canvas, x, y, width, CaptionHeight(width));

    private ChartDrawing Layout(double width)
    {
        // Measure and Draw ask for the same width, so the drawing is laid out once.
        if (drawing is null || Math.Abs(drawing.Width - width) > 0.001)
        {
            drawing = ChartLayout.Draw(chart, width, theme, (text, size, bold) => style(bold).Face.Shape(text).Width(size), legend);
        }

        return drawing;
    }

    protected override double Height(double width) => CaptionHeight(width) + PictureHeight(width);
}
