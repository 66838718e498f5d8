using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>A paragraph; its style and alignment become classes the stylesheet defines.</summary>
internal sealed class ParagraphRenderer : HtmlBlockRenderer<Paragraph>
{
    protected override void Write(Paragraph block, HtmlWriter html)
    {
        var classes = string.Join(' ', new[] { StyleClass(block.Style), AlignmentClass.Of(block.Alignment), html.KeepWithNext ? "keep-with-next" : string.Empty }.Where(c => c.Length > 0));
        // The document title is its h1, styled as a title.
        var tag = block.Style == ParagraphStyle.Title ? "h1" : "p";
        html.Raw("<").Raw(tag);
        if (classes.Length > 0)
        {
            html.Attribute("class", classes);
        }

        html.Raw(">");
        html.Inlines(block.Inlines);
        html.Line($"</{tag}>");
    }

    private static string StyleClass(ParagraphStyle style) => style switch
    {
        ParagraphStyle.Title => "title",
        ParagraphStyle.Subtitle => "subtitle",
        ParagraphStyle.Small => "small",
        ParagraphStyle.Notice => "notice",
        _ => string.Empty,
    };
}
