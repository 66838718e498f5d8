using System.Text;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;

namespace PlanReports.Documents.Html;

/// <summary>
/// The output of one HTML rendering: raw markup, escaped text and attributes, and dispatch of blocks and inlines to
/// their renderers. Lines end with "\n" whatever the platform.
/// </summary>
internal sealed class HtmlWriter(DocumentTheme theme)
{
    // Far deeper than any real document; a model built from hostile data fails clearly instead of overflowing the stack.
    private const int MaxDepth = 64;

    private readonly StringBuilder _output = new();
    private int _depth;

    public DocumentTheme Theme { get; } = theme;

    public HtmlWriter Raw(string markup)
    {
        _output.Append(markup);
        return this;
    }

    public HtmlWriter Line(string markup = "")
    {
        _output.Append(markup).Append('\n');
        return this;
    }

    /// <summary>Writes data as escaped text.</summary>
    public HtmlWriter Text(string text)
    {
        HtmlEscaper.Append(_output, text);
        return this;
    }

    /// <summary>Writes <c> name="value"</c> with the value escaped.</summary>
    public HtmlWriter Attribute(string name, string value)
    {
        _output.Append(' ').Append(name).Append("=\"");
        HtmlEscaper.Append(_output, value);
        _output.Append('"');
        return this;
    }

    public void Block(Block block)
    {
        using var scope = Enter(block.Source);
        HtmlRendererRegistry.BlockRendererFor(block).Write(block, this);
    }

    public void Blocks(IEnumerable<Block> blocks)
    {
        var list = blocks as IReadOnlyList<Block> ?? [.. blocks];
        for (var i = 0; i < list.Count; i++)
        {
            KeepWithNext = KeepRules.KeepsWithNext(list, i);
            Block(list[i]);
            KeepWithNext = false;
        }
    }

    /// <summary>
    /// Whether the block being written must not end a printed page on its own (<see cref="KeepRules"/>); a paragraph
    /// writes it as the class "keep-with-next" (break-after: avoid). Headings and signatures have their own rules.
    /// </summary>
    public bool KeepWithNext { get; private set; }

    public void Inlines(IEnumerable<Inline> inlines)
    {
        using var scope = Enter(null);
        foreach (var inline in inlines)
        {
            HtmlRendererRegistry.InlineRendererFor(inline).Write(inline, this);
        }
    }

    /// <summary>
    /// Writes the blocks of a list item or table cell: a single plain paragraph is written as bare inline content,
    /// so a tight list or a simple cell carries no extra paragraph margins.
    /// </summary>
    public void CompactBlocks(IReadOnlyList<Block> blocks)
    {
        if (blocks is [Paragraph { Style: ParagraphStyle.Normal, Alignment: TextAlignment.Left } only])
        {
            Inlines(only.Inlines);
        }
        else
        {
            Line();
            Blocks(blocks);
        }
    }

    public override string ToString() => _output.ToString();

    private DepthScope Enter(SourceRef? source)
    {
        if (++_depth > MaxDepth)
        {
            throw new InvalidOperationException(
                $"The document is nested more than {MaxDepth} levels deep{(source is null ? string.Empty : $" at {source}")}.");
        }

        return new DepthScope(this);
    }

    private readonly struct DepthScope(HtmlWriter writer) : IDisposable
    {
        public void Dispose() => writer._depth--;
    }
}
