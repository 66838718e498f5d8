using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>A page break: a new page in print, a thin rule on screen where pages do not exist.</summary>
internal sealed class PageBreakRenderer : HtmlBlockRenderer<PageBreak>
{
    protected override void Write(PageBreak block, HtmlWriter html) => html.Line("<hr class=\"page-break\">");
}
