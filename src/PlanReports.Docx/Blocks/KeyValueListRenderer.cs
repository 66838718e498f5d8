using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using TextAlignment = PlanReports.Documents.Model.TextAlignment;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// Labelled values ("Our reference: …") as a borderless two-column layout table: the key in bold on the left, the
/// value beside it, so long values wrap under themselves rather than under the key.
/// </summary>
internal sealed class KeyValueListRenderer : DocxBlockRenderer<KeyValueList>
{
    // The key column's share of the width: room for "Gateway reference:" at body size on A4.
    private const double KeyShare = 0.3;

    protected override IEnumerable<OpenXmlElement> Write(KeyValueList block, DocxContext context)
    {
        if (block.Items.Count == 0)
        {
            return [];
        }

        var widths = TableCells.Widths([KeyShare, 1 - KeyShare], context.AvailableWidth);
        var properties = TableCells.Properties(StyleIds.LayoutTable, context.AvailableWidth, firstRowIsHeader: false);
        properties.TableCellMarginDefault = TableCells.LayoutMargins(context.Theme);
        var table = new WordTable(properties, TableCells.Grid(widths));
        foreach (var item in block.Items)
        {
            var key = Rendering.Paragraphs.Create(StyleIds.Normal, TextAlignment.Left, [Runs.Text(XmlSafeText.CleanLine(item.Key), context, bold: true)]);
            var valueScope = context with { AvailableWidth = widths[1] };
            var value = Rendering.Paragraphs.Create(StyleIds.Normal, TextAlignment.Left, valueScope.RenderInlines(item.Value));
            var row = new TableRowElement(
                TableCells.Create(widths[0], 1, null, [Tight(key)], StyleIds.Normal),
                TableCells.Create(widths[1], 1, null, [Tight(value)], StyleIds.Normal));
            Tables.RowProperties(row).CantSplit();
            table.Append(row);
        }

        return [table];
    }

    /// <summary>Rows sit close together, like lines of a letter's reference block.</summary>
    private static ParagraphElement Tight(ParagraphElement paragraph)
    {
        Rendering.Paragraphs.Properties(paragraph).Spacing = new ParagraphSpacing("0", "0");
        return paragraph;
    }
}
