using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>Blocks that print on one page: a div with <c>break-inside: avoid</c>.</summary>
internal sealed class KeepTogetherRenderer : HtmlBlockRenderer<KeepTogether>
{
    protected override void Write(KeepTogether block, HtmlWriter html)
    {
        html.Line("<div class=\"keep-together\">");
        html.Blocks(block.Blocks);
        html.Line("</div>");
    }
}
