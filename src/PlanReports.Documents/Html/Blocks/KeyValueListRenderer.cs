using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>Labelled values as a description list; each pair is wrapped in a div so the stylesheet can lay them out as rows.</summary>
internal sealed class KeyValueListRenderer : HtmlBlockRenderer<KeyValueList>
{
    protected override void Write(KeyValueList block, HtmlWriter html)
    {
        html.Line("<dl class=\"key-values\">");
        foreach (var item in block.Items)
        {
            html.Raw("<div><dt>").Text(item.Key).Raw("</dt><dd>");
            html.Inlines(item.Value);
            html.Line("</dd></div>");
        }

        html.Line("</dl>");
    }
}
