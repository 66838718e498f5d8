using Markdig.Syntax;
using PlanReports.Documents.Markdown.Blocks;
using PlanReports.Documents.Markdown.Inlines;
using PlanReports.Documents.Model;
using Block = PlanReports.Documents.Model.Block;
using Inline = PlanReports.Documents.Model.Inline;
using MdBlock = Markdig.Syntax.Block;
using MdContainerInline = Markdig.Syntax.Inlines.ContainerInline;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace PlanReports.Documents.Markdown;

/// <summary>
/// The state of one template's conversion: where it comes from (for <see cref="SourceRef"/> and errors), the
/// components it may use, the view model, the ids seen so far and the nesting depth. Converters call back into it
/// to convert children, so the depth guard sees every level.
/// </summary>
internal sealed class MarkdownConversion(
    string markdown,
    string report,
    string template,
    object? model,
    IReadOnlyDictionary<string, IComponent> components)
{
    // Deep enough for any real letter or pack (list in list in table…), shallow enough that hostile input
    // fails with a clear error long before the stack is at risk.
    public const int MaxDepth = 32;

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _depth;

    public string Report { get; } = report;

    public string Template { get; } = template;

    public object? Model { get; } = model;

    public IReadOnlyDictionary<string, IComponent> Components { get; } = components;

    /// <summary>The text of the source line on which <paramref name="node"/> starts, without its line ending.</summary>
    public string SourceLineOf(MarkdownObject node)
    {
        var start = Math.Clamp(node.Span.Start, 0, markdown.Length);
        var end = markdown.IndexOfAny(['\r', '\n'], start);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }

    /// <summary>The source reference of a Markdig node (Markdig lines are 0-based; ours are 1-based).</summary>
    public SourceRef SourceOf(MarkdownObject node) => new(Report, Template, LineOf(node));

    /// <summary>An error naming the node's line and the rule it breaks.</summary>
    public DocumentTemplateException Error(MarkdownObject node, string rule, Exception? cause = null) =>
        new(Report, Template, LineOf(node), rule, cause);

    // The root inline container of a paragraph or heading reports line 0; its block knows the real line.
    private static int LineOf(MarkdownObject node) =>
        (node is MdContainerInline { ParentBlock: { } block, Parent: null } ? block.Line : node.Line) + 1;

    /// <summary>Records a heading id; a second use of the same id is an error because anchors must be unique.</summary>
    public void ClaimId(MarkdownObject node, string id)
    {
        if (!_ids.Add(id))
        {
            throw Error(node, $"the id '#{id}' is used twice; ids must be unique within a document");
        }
    }

    /// <summary>Converts the child blocks of a Markdig container, in order.</summary>
    public List<Block> ConvertBlocks(ContainerBlock container)
    {
        using var scope = Enter(container);
        var output = new List<Block>();
        foreach (var child in container)
        {
            ConvertBlock(child, output);
        }

        return output;
    }

    /// <summary>Converts one block into zero or more model blocks (a component may build several).</summary>
    public void ConvertBlock(MdBlock block, List<Block> output) =>
        MarkdownConverterRegistry.BlockConverterFor(block, this).Convert(block, this, output);

    /// <summary>Converts the inlines of a container with the given emphasis, merging neighbouring runs of the same style.</summary>
    public List<Inline> ConvertInlines(MdContainerInline? container, RunStyle style)
    {
        var output = new List<Inline>();
        if (container is null)
        {
            return output;
        }

        using var scope = Enter(container);
        foreach (var child in container)
        {
            ConvertInline(child, style, output);
        }

        return InlineText.MergeRuns(output);
    }

    private void ConvertInline(MdInline inline, RunStyle style, List<Inline> output) =>
        MarkdownConverterRegistry.InlineConverterFor(inline, this).Convert(inline, style, this, output);

    private DepthScope Enter(MarkdownObject node)
    {
        if (++_depth > MaxDepth)
        {
            throw Error(node, $"content is nested more than {MaxDepth} levels deep");
        }

        return new DepthScope(this);
    }

    private readonly struct DepthScope(MarkdownConversion conversion) : IDisposable
    {
        public void Dispose() => conversion._depth--;
    }
}
