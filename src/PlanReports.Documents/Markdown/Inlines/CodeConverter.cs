using Markdig.Syntax.Inlines;
using PlanReports.Documents.Model;
using ModelInline = PlanReports.Documents.Model.Inline;

namespace PlanReports.Documents.Markdown.Inlines;

/// <summary>
/// A code span becomes plain text: documents have no code style, and a backtick that reaches a template from
/// data (an organisation name, a comment) should not break the letter.
/// </summary>
internal sealed class CodeConverter : InlineConverter<CodeInline>
{
    protected override void Convert(CodeInline inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output) =>
        output.Add(new TextRun(inline.Content, style.Bold, style.Italic));
}
