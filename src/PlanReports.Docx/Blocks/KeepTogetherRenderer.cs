using DocumentFormat.OpenXml;
using PlanReports.Docx.Rendering;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Blocks;

/// <summary>Blocks kept on one page: every paragraph but the last keeps with the next, and no line or row splits.</summary>
internal sealed class KeepTogetherRenderer : DocxBlockRenderer<KeepTogether>
{
    protected override IEnumerable<OpenXmlElement> Write(KeepTogether block, DocxContext context)
    {
        var rendered = context.RenderBlocks(block.Blocks);
        Rendering.Paragraphs.KeepWithNext(rendered);
        return rendered;
    }
}
