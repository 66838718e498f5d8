using DocumentFormat.OpenXml;
using PlanReports.Docx.Rendering;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Blocks;

/// <summary>A titled part of the document; its blocks start on a new page when asked. Sections change no style.</summary>
internal sealed class SectionRenderer : DocxBlockRenderer<Section>
{
    protected override IEnumerable<OpenXmlElement> Write(Section block, DocxContext context)
    {
        var rendered = context.RenderBlocks(block.Blocks);
        if (block.StartOnNewPage && rendered.Count > 0)
        {
            PageBreaks.Before(rendered);
        }

        return rendered;
    }
}
