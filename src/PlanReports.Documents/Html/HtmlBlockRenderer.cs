using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html;

/// <summary>Base of the typed block renderers.</summary>
internal abstract class HtmlBlockRenderer<TBlock> : IHtmlBlockRenderer
    where TBlock : Block
{
    public Type NodeType => typeof(TBlock);

    public void Write(Block block, HtmlWriter html) => Write((TBlock)block, html);

    protected abstract void Write(TBlock block, HtmlWriter html);
}
