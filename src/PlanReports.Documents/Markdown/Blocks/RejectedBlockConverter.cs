using MdBlock = Markdig.Syntax.Block;
using ModelBlock = PlanReports.Documents.Model.Block;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>For Markdown that templates must not use: fails with the line and the rule.</summary>
internal sealed class RejectedBlockConverter<TNode>(string rule) : BlockConverter<TNode>
    where TNode : MdBlock
{
    protected override void Convert(TNode block, MarkdownConversion conversion, List<ModelBlock> output) =>
        throw conversion.Error(block, rule);
}
