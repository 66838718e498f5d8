using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;

namespace PlanReports.Documents.Html.Inlines;

/// <summary>
/// A link. Only http, https, mailto and same-document (#) targets become links; any other target (javascript:,
/// data:, a relative path) is written as its text alone, because it may come from data.
/// </summary>
internal sealed class LinkRenderer : HtmlInlineRenderer<Link>
{
    protected override void Write(Link inline, HtmlWriter html)
    {
        if (!LinkTargets.IsAllowed(inline.Target))
        {
            html.Inlines(inline.Inlines);
            return;
        }

        html.Raw("<a").Attribute("href", inline.Target).Raw(">");
        html.Inlines(inline.Inlines);
        html.Raw("</a>");
    }
}
