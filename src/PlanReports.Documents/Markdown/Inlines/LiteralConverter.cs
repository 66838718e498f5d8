using Markdig.Syntax.Inlines;
using PlanReports.Documents.Model;
using ModelInline = PlanReports.Documents.Model.Inline;

namespace PlanReports.Documents.Markdown.Inlines;

/// <summary>Plain text.</summary>
internal sealed class LiteralConverter : InlineConverter<LiteralInline>
{
    protected override void Convert(LiteralInline inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output) =>
        output.Add(new TextRun(inline.Content.ToString(), style.Bold, style.Italic));
}
