using Markdig.Syntax.Inlines;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using ModelInline = PlanReports.Documents.Model.Inline;

namespace PlanReports.Documents.Markdown.Inlines;

/// <summary><c>[text](https://…)</c>. Images are rejected (figures are components), and so are targets other than http(s), mailto and #anchors.</summary>
internal sealed class LinkConverter : InlineConverter<LinkInline>
{
    protected override void Convert(LinkInline inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output)
    {
        if (inline.IsImage)
        {
            throw conversion.Error(inline, "images are not supported in templates; figures are built by components");
        }

        var target = inline.Url ?? string.Empty;
        if (!LinkTargets.IsAllowed(target))
        {
            throw conversion.Error(inline, $"the link target '{target}' is not allowed; use https:, http:, mailto: or #anchor");
        }

        var text = conversion.ConvertInlines(inline, style);
        output.Add(new Link(target, text.Count > 0 ? text : [new TextRun(target, style.Bold, style.Italic)]));
    }
}
