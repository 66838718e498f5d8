using DocumentFormat.OpenXml;
using PlanReports.Docx.Rendering;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// A page break with nothing after it in its container. (A break followed by content is applied to that content as
/// "page break before" by <see cref="DocxContext.RenderBlocks"/>, which leaves no empty line on the new page.)
/// </summary>
internal sealed class PageBreakRenderer : DocxBlockRenderer<PageBreak>
{
    protected override IEnumerable<OpenXmlElement> Write(PageBreak block, DocxContext context) => [PageBreaks.BreakParagraph()];
}
