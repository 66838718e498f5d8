using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>
/// A contents list as <c>&lt;nav aria-label="Contents"&gt;</c> with an ordered list of links; second-level entries
/// nest under the entry before them. A web page has no page numbers, so the links are the whole entry.
/// </summary>
internal sealed class TableOfContentsRenderer : HtmlBlockRenderer<TableOfContents>
{
    protected override void Write(TableOfContents block, HtmlWriter html)
    {
        html.Line("<nav class=\"contents\" aria-label=\"Contents\">");
        html.Line("<ol>");
        var level = 1;
        var open = false;
        foreach (var entry in block.Entries)
        {
            var target = Math.Clamp(entry.Level, 1, level + 1);
            if (target > level)
            {
                html.Line("<ol>");
            }

            while (level > target)
            {
                html.Line("</li>").Line("</ol>");
                level--;
            }

            if (open && target <= level)
            {
                html.Line("</li>");
            }

            level = target;
            html.Raw("<li><a").Attribute("href", "#" + entry.Anchor).Raw(">");
            html.Inlines(entry.Inlines);
            html.Raw("</a>");
            open = true;
        }

        while (level > 1)
        {
            html.Line("</li>").Line("</ol>");
            level--;
        }

        if (open)
        {
            html.Line("</li>");
        }

        html.Line("</ol>");
        html.Line("</nav>");
    }
}
