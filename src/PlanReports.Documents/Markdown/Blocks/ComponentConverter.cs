using Markdig.Extensions.CustomContainers;
using PlanReports.Documents.Model;
using ModelBlock = PlanReports.Documents.Model.Block;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>
/// A component placed as a custom container: <c>::: name key=value …</c> then a closing <c>:::</c>, nothing between.
/// The registered component of that name builds the blocks from the view model. One name is built in:
/// <c>:::: section</c> (or <c>:::: section page=new</c>) wraps the Markdown up to its closing <c>::::</c> in a
/// section (PDF Sect, HTML &lt;section&gt;), starting on a new page when asked and, with <c>headings=2</c>, with its
/// headings one level down (a pack inside a bundle); it takes four colons so that the components inside it, with
/// three, do not close it. A second, <c>:::: contents</c>, turns the list of anchor links inside it into a contents
/// list (<see cref="TableOfContents"/>). A third, <c>:::: chart-grid</c>, sets the charts its components build as
/// small multiples (<see cref="ChartGrid"/>, see <see cref="ChartGridConverter"/>).
/// </summary>
internal sealed class ComponentConverter : BlockConverter<CustomContainer>
{
    /// <summary>The built-in container that groups Markdown into a section; no component may take this name.</summary>
    internal const string SectionName = "section";

    /// <summary>The built-in container that turns a list of anchor links into a contents list.</summary>
    internal const string ContentsName = "contents";

    /// <summary>The built-in container that sets the charts inside it in a grid.</summary>
    internal const string ChartGridName = "chart-grid";

    /// <summary>The built-in containers, which hold Markdown rather than name a component.</summary>
    internal static bool IsBuiltIn(string? name) => name is SectionName or ContentsName or ChartGridName;

    protected override void Convert(CustomContainer block, MarkdownConversion conversion, List<ModelBlock> output)
    {
        var name = block.Info;
        if (string.IsNullOrEmpty(name))
        {
            throw conversion.Error(block, "a ::: line must name a component, for example '::: signature'");
        }

        if (block.ClosingFencedCharCount == 0)
        {
            var fence = new string(':', Math.Max(3, block.OpeningFencedCharCount));
            throw conversion.Error(block, $"the {(IsBuiltIn(name) ? name : $"component '{name}'")} is not closed; add a line '{fence}' after it");
        }

        if (name == ContentsName)
        {
            output.Add(ContentsConverter.Convert(block, conversion));
            return;
        }

        if (name == SectionName)
        {
            output.Add(Section(block, conversion));
            return;
        }

        if (name == ChartGridName)
        {
            ChartGridConverter.Convert(block, Arguments(block, conversion), conversion, output);
            return;
        }

        if (block.Count > 0)
        {
            throw conversion.Error(block, $"the component '{name}' builds its content from data; leave nothing between '::: {name}' and ':::'");
        }

        if (!conversion.Components.TryGetValue(name, out var component))
        {
            var known = conversion.Components.Count == 0 ? "none" : string.Join(", ", conversion.Components.Keys.Order(StringComparer.Ordinal));
            throw conversion.Error(block, $"unknown component '{name}'; this report can use: {known}");
        }

        SortedDictionary<string, string> arguments;
        try
        {
            arguments = ComponentArguments.Parse(ArgumentsText(conversion.SourceLineOf(block)));
        }
        catch (FormatException e)
        {
            throw conversion.Error(block, $"component '{name}': {e.Message}", e);
        }

        var source = conversion.SourceOf(block);
        IReadOnlyList<ModelBlock> built;
        try
        {
            built = component.Build(new ComponentContext(name, arguments, conversion.Model, source));
        }
        catch (Exception e) when (e is not DocumentTemplateException)
        {
            throw conversion.Error(block, $"component '{name}' failed: {e.Message}", e);
        }

        // Components may leave Source unset; the container's line is where their blocks came from.
        output.AddRange(built.Select(b => b.Source is null ? b with { Source = source } : b));
    }

    private static SortedDictionary<string, string> Arguments(CustomContainer block, MarkdownConversion conversion)
    {
        try
        {
            return ComponentArguments.Parse(ArgumentsText(conversion.SourceLineOf(block)));
        }
        catch (FormatException e)
        {
            throw conversion.Error(block, $"{block.Info}: {e.Message}", e);
        }
    }

    private static Section Section(CustomContainer block, MarkdownConversion conversion)
    {
        var arguments = Arguments(block, conversion);

        var newPage = arguments.Remove("page", out var page);
        if (newPage && page != "new")
        {
            throw conversion.Error(block, $"a section's page= can only be 'new' (start on a new page), not '{page}'");
        }

        var shift = 0;
        if (arguments.Remove("headings", out var headings))
        {
            if (headings is not ("1" or "2"))
            {
                throw conversion.Error(block, $"a section's headings= is the level its # headings take, 1 or 2, not '{headings}'");
            }

            shift = headings == "2" ? 1 : 0;
        }

        if (arguments.Count > 0)
        {
            throw conversion.Error(block, $"a section takes only page=new and headings=2; '{arguments.Keys.First()}' is not known");
        }

        var blocks = conversion.ConvertBlocks(block);
        return new Section(shift == 0 ? blocks : Shift(blocks, shift), StartOnNewPage: newPage) { Source = conversion.SourceOf(block) };
    }

    /// <summary>
    /// Moves the headings of a section down a level, so a document included in a larger one (a pack in a bundle)
    /// keeps one H1 for the whole and no skipped level.
    /// </summary>
    private static List<ModelBlock> Shift(IEnumerable<ModelBlock> blocks, int shift) => blocks.Select(b => b switch
    {
        Heading h => h with { Level = h.Level + shift },
        Section s => s with { Blocks = Shift(s.Blocks, shift) },
        KeepTogether k => k with { Blocks = Shift(k.Blocks, shift) },
        _ => b,
    }).ToList();

    // Markdig's Arguments has backslash escapes already removed, which would lose \" inside quoted values, so the
    // arguments are read from the source line: after the colons and the name.
    private static string ArgumentsText(string openingLine)
    {
        var rest = openingLine.TrimStart().TrimStart(':').TrimStart();
        var nameEnd = rest.IndexOfAny([' ', '\t']);
        return nameEnd < 0 ? string.Empty : rest[nameEnd..];
    }
}
