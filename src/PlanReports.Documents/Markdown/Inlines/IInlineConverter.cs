using MdInline = Markdig.Syntax.Inlines.Inline;
using ModelInline = PlanReports.Documents.Model.Inline;

namespace PlanReports.Documents.Markdown.Inlines;

/// <summary>Converts one kind of Markdig inline into model inlines, under the emphasis in force.</summary>
internal interface IInlineConverter
{
    /// <summary>The exact Markdig type this converter handles.</summary>
    Type NodeType { get; }

    void Convert(MdInline inline, RunStyle style, MarkdownConversion conversion, List<ModelInline> output);
}
