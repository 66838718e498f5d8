using System.Collections.Frozen;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PlanReports.Documents.Markdown.Blocks;
using PlanReports.Documents.Markdown.Inlines;
using MdBlock = Markdig.Syntax.Block;
using MdInline = Markdig.Syntax.Inlines.Inline;
using MdTable = Markdig.Extensions.Tables.Table;

namespace PlanReports.Documents.Markdown;

/// <summary>
/// One small converter per Markdig node type, looked up by the node's exact type (as Markdig's renderers are).
/// The converters hold no state, so the frozen tables are shared by every conversion.
/// </summary>
internal static class MarkdownConverterRegistry
{
    private static readonly FrozenDictionary<Type, IBlockConverter> BlockConverters = new IBlockConverter[]
    {
        new ParagraphConverter(),
        new HeadingConverter(),
        new ListConverter(),
        new TableConverter(),
        new ThematicBreakConverter(),
        new ComponentConverter(),
        new SkippedBlockConverter<LinkReferenceDefinitionGroup>(),
        new RejectedBlockConverter<HtmlBlock>("raw HTML is not allowed in templates; use Markdown or a component"),
        new RejectedBlockConverter<QuoteBlock>("block quotes (>) are not supported; use a paragraph with {.notice}"),
        new RejectedBlockConverter<FencedCodeBlock>("code blocks are not supported in documents"),
        new RejectedBlockConverter<CodeBlock>("indented code blocks are not supported; remove the indent of 4 spaces"),
    }.ToFrozenDictionary(c => c.NodeType);

    private static readonly FrozenDictionary<Type, IInlineConverter> InlineConverters = new IInlineConverter[]
    {
        new LiteralConverter(),
        new EmphasisConverter(),
        new LinkConverter(),
        new AutolinkConverter(),
        new LineBreakConverter(),
        new CodeConverter(),
        new HtmlEntityConverter(),
        new RejectedInlineConverter<HtmlInline>("raw HTML is not allowed in templates; use Markdown or a component"),
    }.ToFrozenDictionary(c => c.NodeType);

    public static IBlockConverter BlockConverterFor(MdBlock block, MarkdownConversion conversion) =>
        BlockConverters.TryGetValue(block.GetType(), out var converter)
            ? converter
            : throw conversion.Error(block, $"{Describe(block)} is not supported in templates");

    public static IInlineConverter InlineConverterFor(MdInline inline, MarkdownConversion conversion) =>
        InlineConverters.TryGetValue(inline.GetType(), out var converter)
            ? converter
            : throw conversion.Error(inline, $"{Describe(inline)} is not supported in templates");

    // Names a Markdig node in the author's terms, not Markdig's class names, where we know them.
    private static string Describe(MarkdownObject node) => node switch
    {
        MdTable => "this kind of table",
        CustomContainer => "a ::: container",
        _ => $"Markdown construct '{node.GetType().Name}'",
    };
}
