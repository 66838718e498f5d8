using MdBlock = Markdig.Syntax.Block;
using ModelBlock = PlanReports.Documents.Model.Block;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>For Markdig nodes that carry no content of their own (link reference definitions).</summary>
internal sealed class SkippedBlockConverter<TNode> : BlockConverter<TNode>
    where TNode : MdBlock
{
    protected override void Convert(TNode block, MarkdownConversion conversion, List<ModelBlock> output)
    {
    }
}
