using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// A bulleted or numbered list. Each item's first paragraph carries the numbering (level = nesting depth); its
/// later paragraphs are indented to the item's text. Nested lists render one level deeper. An ordered list gets a
/// numbering instance of its own, so it starts at its Start value.
/// </summary>
internal sealed class ListRenderer : DocxBlockRenderer<ListBlock>
{
    protected override IEnumerable<OpenXmlElement> Write(ListBlock block, DocxContext context)
    {
        if (block.Items.Count == 0)
        {
            return [];
        }

        var level = ListNumbering.ClampLevel(context.ListLevel + 1);
        var numId = context.Numbering.NumberingFor(block.Ordered, level, block.Start);
        var indent = Units.Twips(context.Numbering.TextIndent(level));
        var itemScope = context with { ListLevel = level, AvailableWidth = Math.Max(context.AvailableWidth - indent, 720) };
        var output = new List<OpenXmlElement>();
        foreach (var item in block.Items)
        {
            var rendered = itemScope.RenderBlocks(item.Blocks);
            var numbered = false;
            foreach (var paragraph in rendered.OfType<ParagraphElement>())
            {
                var properties = Rendering.Paragraphs.Properties(paragraph);
                if (properties.Numbering is not null || properties.IndentLeft is not null)
                {
                    // Already placed by a nested list.
                    continue;
                }

                properties.StyleId ??= StyleIds.ListParagraph;
                if (!numbered)
                {
                    properties.Numbering = new ListPlace(level, numId);
                    numbered = true;
                }
                else
                {
                    properties.IndentLeft = indent.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            // A table in an item lines up with the item's text.
            foreach (var table in rendered.OfType<Table>())
            {
                var tableProperties = table.GetFirstChild<TableProperties>();
                if (tableProperties is not null && tableProperties.TableIndentation is null)
                {
                    tableProperties.TableIndentation = new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa };
                }
            }

            if (!numbered)
            {
                // An item that starts with a table or holds nothing still shows its number.
                output.Add(new ParagraphElement(new ParagraphPropertiesElement { StyleId = StyleIds.ListParagraph, Numbering = new ListPlace(level, numId) }));
            }

            output.AddRange(rendered);
        }

        return output;
    }
}
