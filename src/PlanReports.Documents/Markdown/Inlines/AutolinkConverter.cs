using Markdig.Syntax.Inlines;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using ModelInline = PlanReports.Documents.Model.Inline;

namespace PlanReports.Documents.Markdown.Inlines;

/// <summary><c>&lt;https://…&gt;</c> or <c>&lt;name@example.org&gt;</c>: a link showing its own address.</summary>
internal sealed class AutolinkConverter : InlineConverter<AutolinkInline>
{
    protected override void Convert(AutolinkInline inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output)
    {
        var target = inline.IsEmail ? "mailto:" + inline.Url : inline.Url;
        if (!LinkTargets.IsAllowed(target))
        {
            throw conversion.Error(inline, $"the link target '{target}' is not allowed; use https:, http:, mailto: or #anchor");
        }

        output.Add(new Link(target, [new TextRun(inline.Url, style.Bold, style.Italic)]));
    }
}
