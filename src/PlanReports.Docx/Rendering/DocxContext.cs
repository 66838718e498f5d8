using DocumentFormat.OpenXml;
using PlanReports.Docx.Packaging;
using PlanReports.Docx.Styles;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;

namespace PlanReports.Docx.Rendering;

/// <summary>
/// What a renderer needs while writing one part: the shared per-document state (ids, numbering, the renderer set)
/// and the scope it writes in (the part, the width available, inherited run formatting, list level). Scope
/// changes are made with <c>with</c>, so a nested renderer never disturbs its parent's scope.
/// </summary>
internal sealed record DocxContext
{
    /// <summary>Nesting deeper than this (lists in tables in lists…) is refused, as Markdig guards its parser.</summary>
    public const int MaxDepth = 32;

    public required DocxRendererSet Renderers { get; init; }

    public required DocumentTheme Theme { get; init; }

    public required DocxIds Ids { get; init; }

    public required ListNumbering Numbering { get; init; }

    /// <summary>The part being written (body, header or footer); hyperlink relationships belong to it.</summary>
    public required DocxPart Part { get; init; }

    /// <summary>Width available to the content, in twips: the text width, or a cell's width inside a table.</summary>
    public required int AvailableWidth { get; init; }

    /// <summary>Text widths for sizing table columns by their longest words; without one, columns keep their relative widths.</summary>
    public ITextMeasure? TextMeasure { get; init; }

    /// <summary>Text colour forced by a shaded background, so text keeps its contrast.</summary>
    public Colour? TextColour { get; init; }

    /// <summary>Whether runs are bold regardless of their own emphasis (header cells, labels).</summary>
    public bool Bold { get; init; }

    /// <summary>Whether paragraphs sit in a table cell (they take the table text style).</summary>
    public bool InTable { get; init; }

    /// <summary>The list level of the enclosing list, or -1 outside lists.</summary>
    public int ListLevel { get; init; } = -1;

    public int Depth { get; init; }

    /// <summary>Renders blocks in order. A page break applies to whatever follows it.</summary>
    public List<OpenXmlElement> RenderBlocks(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var inner = Enter();
        var output = new List<OpenXmlElement>();
        var breakPending = false;
        var list = blocks as IReadOnlyList<Block> ?? [.. blocks];
        for (var index = 0; index < list.Count; index++)
        {
            var block = list[index];
            if (block is PageBreak)
            {
                breakPending = true;
                continue;
            }

            var rendered = inner.RenderOne(block);
            if (breakPending && rendered.Count > 0)
            {
                PageBreaks.Before(rendered);
                breakPending = false;
            }

            if (output.Count > 0 && output[^1] is DocumentFormat.OpenXml.Wordprocessing.Table && rendered.Count > 0)
            {
                // Whatever follows a table needs a gap (a table has no spacing after), and two tables in a row would
                // run into one (Word joins them).
                output.Add(Paragraphs.Spacer(Theme));
            }

            // Heading styles keep with next already.
            if (block is not Heading && KeepRules.KeepsWithNext(list, index))
            {
                Paragraphs.KeepEndWithNext(rendered);
            }

            output.AddRange(rendered);
        }

        if (breakPending)
        {
            output.AddRange(inner.RenderOne(new PageBreak()));
        }

        return output;
    }

    /// <summary>Renders inlines in order into runs, hyperlinks and fields.</summary>
    public List<OpenXmlElement> RenderInlines(IEnumerable<Inline> inlines)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        var inner = Enter();
        var output = new List<OpenXmlElement>();
        foreach (var inline in inlines)
        {
            output.AddRange(Renderers.For(inline).Render(inline, inner));
        }

        return output;
    }

    private DocxContext Enter()
    {
        if (Depth >= MaxDepth)
        {
            throw new InvalidOperationException(
                $"The document nests blocks more than {MaxDepth} deep (lists, tables and groups inside each other); flatten the structure.");
        }

        return this with { Depth = Depth + 1 };
    }

    private List<OpenXmlElement> RenderOne(Block block)
    {
        try
        {
            return Renderers.For(block).Render(block, this).ToList();
        }
        catch (Exception ex) when (block.Source is not null && !ex.Data.Contains(SourceKey))
        {
            // Name the template line once, at the innermost block that knows it.
            var wrapped = new InvalidOperationException($"{block.Source}: cannot write {block.GetType().Name} to DOCX: {ex.Message}", ex);
            wrapped.Data[SourceKey] = block.Source.ToString();
            throw wrapped;
        }
    }

    private const string SourceKey = "PlanReports.Source";
}
