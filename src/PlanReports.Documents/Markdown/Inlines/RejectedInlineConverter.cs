using MdInline = Markdig.Syntax.Inlines.Inline;
using ModelInline = PlanReports.Documents.Model.Inline;

namespace PlanReports.Documents.Markdown.Inlines;

/// <summary>For inline Markdown that templates must not use: fails with the line and the rule.</summary>
internal sealed class RejectedInlineConverter<TNode>(string rule) : InlineConverter<TNode>
    where TNode : MdInline
{
    protected override void Convert(TNode inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output) =>
        throw conversion.Error(inline, rule);
}
