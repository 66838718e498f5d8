using System.Collections.Frozen;
using PlanReports.Docx.Blocks;
using PlanReports.Docx.Inlines;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Rendering;

/// <summary>The block and inline renderers, looked up by the node's exact type.</summary>
internal sealed class DocxRendererSet
{
    private readonly FrozenDictionary<Type, IDocxBlockRenderer> blocks;
    private readonly FrozenDictionary<Type, IDocxInlineRenderer> inlines;

    public DocxRendererSet(IEnumerable<IDocxBlockRenderer> blockRenderers, IEnumerable<IDocxInlineRenderer> inlineRenderers)
    {
        blocks = blockRenderers.ToFrozenDictionary(r => r.BlockType);
        inlines = inlineRenderers.ToFrozenDictionary(r => r.InlineType);
    }

    /// <summary>Every node type of the document model.</summary>
    public static DocxRendererSet CreateDefault() => new(
        [
            new ParagraphRenderer(),
            new HeadingRenderer(),
            new ListRenderer(),
            new TableRenderer(),
            new KeyValueListRenderer(),
            new AddressBlockRenderer(),
            new SignatureBlockRenderer(),
            new FigureRenderer(),
            new ChartRenderer(),
            new ChartGridRenderer(),
            new PageBreakRenderer(),
            new KeepTogetherRenderer(),
            new SectionRenderer(),
            new TableOfContentsRenderer(),
        ],
        [
            new TextRunRenderer(),
            new LineBreakRenderer(),
            new LinkRenderer(),
            new BadgeRenderer(),
            new PageNumberFieldRenderer(),
        ]);

    public IDocxBlockRenderer For(Block block) =>
        blocks.TryGetValue(block.GetType(), out var renderer)
            ? renderer
            : throw new NotSupportedException($"The DOCX renderer has no writer for the block type {block.GetType().Name}.");

    public IDocxInlineRenderer For(Inline inline) =>
        inlines.TryGetValue(inline.GetType(), out var renderer)
            ? renderer
            : throw new NotSupportedException($"The DOCX renderer has no writer for the inline type {inline.GetType().Name}.");
}
