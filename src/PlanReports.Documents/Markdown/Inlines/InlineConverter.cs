using MdInline = Markdig.Syntax.Inlines.Inline;
using ModelInline = PlanReports.Documents.Model.Inline;

namespace PlanReports.Documents.Markdown.Inlines;

/// <summary>Base of the typed inline converters.</summary>
internal abstract class InlineConverter<TNode> : IInlineConverter
    where TNode : MdInline
{
    public Type NodeType => typeof(TNode);

    public void Convert(MdInline inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output) =>
        Convert((TNode)inline, style, conversion, output);

    protected abstract void Convert(TNode inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output);
}
