using Markdig.Syntax.Inlines;
using PlanReports.Documents.Model;
using ModelInline = PlanReports.Documents.Model.Inline;

namespace PlanReports.Documents.Markdown.Inlines;

/// <summary>An entity such as <c>&amp;nbsp;</c> or <c>&amp;pound;</c>: the character it stands for.</summary>
internal sealed class HtmlEntityConverter : InlineConverter<HtmlEntityInline>
{
    protected override void Convert(HtmlEntityInline inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output) =>
        output.Add(new TextRun(inline.Transcoded.ToString(), style.Bold, style.Italic));
}
