using Markdig.Syntax;
using PlanReports.Documents.Model;
using ModelBlock = PlanReports.Documents.Model.Block;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>
/// A thematic break (<c>***</c> or <c>---</c> on its own line, after a blank line) starts a new page: documents
/// have no decorative rules, and authors need a way to place a page break.
/// </summary>
internal sealed class ThematicBreakConverter : BlockConverter<ThematicBreakBlock>
{
    protected override void Convert(ThematicBreakBlock block, MarkdownConversion conversion, List<ModelBlock> output) =>
        output.Add(new PageBreak { Source = conversion.SourceOf(block) });
}
