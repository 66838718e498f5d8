using DocumentFormat.OpenXml;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Blocks;

/// <summary>A paragraph in the Word style named for its role; in a table cell, body text takes the Table Text style.</summary>
internal sealed class ParagraphRenderer : DocxBlockRenderer<Paragraph>
{
    protected override IEnumerable<OpenXmlElement> Write(Paragraph block, DocxContext context)
    {
        var style = block.Style switch
        {
            ParagraphStyle.Title => StyleIds.Title,
            ParagraphStyle.Subtitle => StyleIds.Subtitle,
            ParagraphStyle.Small => StyleIds.Small,
            ParagraphStyle.Notice => StyleIds.Notice,
            _ => context.InTable ? StyleIds.TableText : null,
        };
        return [Rendering.Paragraphs.Create(style, block.Alignment, context.RenderInlines(block.Inlines))];
    }
}
