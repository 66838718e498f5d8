using Markdig.Syntax.Inlines;
using PlanReports.Documents.Model;
using ModelInline = PlanReports.Documents.Model.Inline;
using ModelLineBreak = PlanReports.Documents.Model.LineBreak;

namespace PlanReports.Documents.Markdown.Inlines;

/// <summary>A hard break (two spaces or a backslash at the end of a line) breaks the line; a soft break is a space.</summary>
internal sealed class LineBreakConverter : InlineConverter<LineBreakInline>
{
    protected override void Convert(LineBreakInline inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output) =>
        output.Add(inline.IsHard ? new ModelLineBreak() : new TextRun(" ", style.Bold, style.Italic));
}
