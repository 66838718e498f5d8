using System.Globalization;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>h1 to h4, with the heading's anchor id.</summary>
internal sealed class HeadingRenderer : HtmlBlockRenderer<Heading>
{
    protected override void Write(Heading block, HtmlWriter html)
    {
        var tag = "h" + Math.Clamp(block.Level, 1, 4).ToString(CultureInfo.InvariantCulture);
        html.Raw("<").Raw(tag);
        if (block.Id is { } id)
        {
            html.Attribute("id", id);
        }

        html.Raw(">");
        html.Inlines(block.Inlines);
        html.Line($"</{tag}>");
    }
}
