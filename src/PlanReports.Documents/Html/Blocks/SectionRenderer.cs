using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>A section element; one that starts on a new page gets <c>break-before: page</c> in print.</summary>
internal sealed class SectionRenderer : HtmlBlockRenderer<Section>
{
    protected override void Write(Section block, HtmlWriter html)
    {
        html.Line(block.StartOnNewPage ? "<section class=\"new-page\">" : "<section>");
        html.Blocks(block.Blocks);
        html.Line("</section>");
    }
}
