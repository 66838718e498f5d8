using Markdig.Syntax.Inlines;
using ModelInline = PlanReports.Documents.Model.Inline;

namespace PlanReports.Documents.Markdown.Inlines;

/// <summary><c>*italic*</c> and <c>**bold**</c> (or with underscores); nesting combines them.</summary>
internal sealed class EmphasisConverter : InlineConverter<EmphasisInline>
{
    protected override void Convert(EmphasisInline inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output)
    {
        var inner = inline.DelimiterCount >= 2 ? style with { Bold = true } : style with { Italic = true };
        output.AddRange(conversion.ConvertInlines(inline, inner));
    }
}
