using MdBlock = Markdig.Syntax.Block;
using ModelBlock = PlanReports.Documents.Model.Block;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>Converts one kind of Markdig block into model blocks.</summary>
internal interface IBlockConverter
{
    /// <summary>The exact Markdig type this converter handles.</summary>
    Type NodeType { get; }

    void Convert(MdBlock block, MarkdownConversion conversion, List<ModelBlock> output);
}
