using DocumentFormat.OpenXml;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Rendering;

/// <summary>Base of the block renderers: one per block type, found by type (as Markdig's renderers are).</summary>
internal abstract class DocxBlockRenderer<TBlock> : IDocxBlockRenderer
    where TBlock : Block
{
    public Type BlockType => typeof(TBlock);

    public IEnumerable<OpenXmlElement> Render(Block block, DocxContext context) => Write((TBlock)block, context);

    protected abstract IEnumerable<OpenXmlElement> Write(TBlock block, DocxContext context);
}
