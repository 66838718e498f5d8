using DocumentFormat.OpenXml;
using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using PlanReports.Docx.Charts;
using PlanReports.Docx.Conversion;
using PlanReports.Docx.Packaging;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using Drawing = DocumentFormat.OpenXml.Drawing;
using DrawingCharts = DocumentFormat.OpenXml.Drawing.Charts;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// A chart as a native Word chart: its caption, then a chart part under word/charts/ with its data cached and an
/// embedded workbook behind it, so a private office can restyle or correct it in Word. The drawing's description
/// (wp:docPr descr) is the alternative text screen readers announce. Its height is the one the PDF layout gives
/// at the same width, so the chart reads the same in both.
/// </summary>
internal sealed class ChartRenderer : DocxBlockRenderer<Chart>
{
    private const string WorkbookRelationshipId = "rIdWorkbook";
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const long EmuPerPoint = 12700;

    protected override IEnumerable<OpenXmlElement> Write(Chart block, DocxContext context)
    {
        var main = context.Part;
        if (main.Type != DocxPartType.MainDocument || context.InTable)
        {
            throw new InvalidOperationException("a chart can stand only in the body of the document, not in a table, header or footer");
        }

        var output = new List<OpenXmlElement>
        {
            Paragraphs.Create(StyleIds.Caption, Documents.Model.TextAlignment.Left, [Runs.Text(XmlSafeText.CleanLine(block.Caption), context)]),
            Picture(block, context, main, context.AvailableWidth / 20.0),
        };

        // A line chart draws its reference lines as dashed series; a Word bar chart has no such line, so it is stated.
        if (block.Kind != ChartKind.Line)
        {
            output.AddRange(block.ReferenceLines.Select(r => Paragraphs.Create(
                StyleIds.Small,
                Documents.Model.TextAlignment.Left,
                [Runs.Text(XmlSafeText.CleanLine($"Reference: {r.Label}: {ChartNumbers.Value(r.Value, block.ValueAxis)}."), context)])));
        }

        Paragraphs.KeepWithNext(output);
        return output;
    }

    /// <summary>
    /// The paragraph holding the chart's drawing, <paramref name="widthPoints"/> wide: a chart part with its cached data
    /// and embedded workbook, and the alternative text on the drawing (wp:docPr descr). A grid's cells use it too.
    /// </summary>
    internal static ParagraphElement Picture(Chart block, DocxContext context, DocxPart main, double widthPoints, bool legend = true)
    {
        var theme = context.Theme;

        // The same layout the PDF uses, with an average-width estimate of Arial, sizes the frame.
        var drawing = ChartLayout.Draw(block, widthPoints, theme, (text, size, bold) => text.Length * size * (bold ? 0.56 : 0.52), legend);
        var relationshipId = context.Ids.NextRelationshipId("rIdChart");
        var part = main.AddPart(DocxPartType.Chart, relationshipId);
        part.AddPart(DocxPartType.EmbeddedWorkbook, WorkbookRelationshipId).SetContent(ChartWorkbook.Build(block));
        part.SetContent(ChartSpaceWriter.Build(block, theme, "en-GB", WorkbookRelationshipId, drawing.LabelledSegments, legend));

        var id = context.Ids.NextDrawingId();
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = (long)Math.Round(widthPoints * EmuPerPoint), Cy = (long)Math.Round((drawing.Height + 16) * EmuPerPoint) },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = id, Name = $"Chart {id}", Description = XmlSafeText.CleanLine(block.AltText) },
            new Wp.NonVisualGraphicFrameDrawingProperties(),
            new Drawing.Graphic(new Drawing.GraphicData(new DrawingCharts.ChartReference { Id = relationshipId }) { Uri = ChartUri }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };

        return Paragraphs.Create(null, Documents.Model.TextAlignment.Left, [new Word.Run(new Word.Drawing(inline))]);
    }
}
