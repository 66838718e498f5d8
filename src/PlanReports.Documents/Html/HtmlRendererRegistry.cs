using System.Collections.Frozen;
using PlanReports.Documents.Html.Blocks;
using PlanReports.Documents.Html.Inlines;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html;

/// <summary>One renderer per model node type, found by exact type. The renderers are stateless, so the tables are shared.</summary>
internal static class HtmlRendererRegistry
{
    private static readonly FrozenDictionary<Type, IHtmlBlockRenderer> BlockRenderers = new IHtmlBlockRenderer[]
    {
        new HeadingRenderer(),
        new ParagraphRenderer(),
        new ListBlockRenderer(),
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
    }.ToFrozenDictionary(r => r.NodeType);

    private static readonly FrozenDictionary<Type, IHtmlInlineRenderer> InlineRenderers = new IHtmlInlineRenderer[]
    {
        new TextRunRenderer(),
        new LinkRenderer(),
        new LineBreakRenderer(),
        new BadgeRenderer(),
        new PageNumberFieldRenderer(),
    }.ToFrozenDictionary(r => r.NodeType);

    public static IHtmlBlockRenderer BlockRendererFor(Block block) =>
        BlockRenderers.TryGetValue(block.GetType(), out var renderer)
            ? renderer
            : throw new NotSupportedException($"The HTML renderer has no renderer for {block.GetType().Name}{(block.Source is null ? string.Empty : $" ({block.Source})")}.");

    public static IHtmlInlineRenderer InlineRendererFor(Inline inline) =>
        InlineRenderers.TryGetValue(inline.GetType(), out var renderer)
            ? renderer
            : throw new NotSupportedException($"The HTML renderer has no renderer for {inline.GetType().Name}.");
}
