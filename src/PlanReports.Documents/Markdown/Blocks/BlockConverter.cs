using MdBlock = Markdig.Syntax.Block;
using ModelBlock = PlanReports.Documents.Model.Block;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>Base of the typed block converters: casts once so each converter works with its own node type.</summary>
internal abstract class BlockConverter<TNode> : IBlockConverter
    where TNode : MdBlock
{
    public Type NodeType => typeof(TNode);

    public void Convert(MdBlock block, MarkdownConversion conversion, List<ModelBlock> output) =>
        Convert((TNode)block, conversion, output);

    protected abstract void Convert(TNode block, MarkdownConversion conversion, List<ModelBlock> output);
}
