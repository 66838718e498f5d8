using System.Globalization;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary><c>&lt;ul&gt;</c> or <c>&lt;ol start&gt;</c>; items hold blocks, so lists nest.</summary>
internal sealed class ListBlockRenderer : HtmlBlockRenderer<ListBlock>
{
    protected override void Write(ListBlock block, HtmlWriter html)
    {
        var tag = block.Ordered ? "ol" : "ul";
        html.Raw("<").Raw(tag);
        if (block.Ordered && block.Start != 1)
        {
            html.Attribute("start", block.Start.ToString(CultureInfo.InvariantCulture));
        }

        html.Line(">");
        foreach (var item in block.Items)
        {
            html.Raw("<li>");
            html.CompactBlocks(item.Blocks);
            html.Line("</li>");
        }

        html.Line($"</{tag}>");
    }
}
