using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using PlanReports.Documents.Model;
using Block = PlanReports.Documents.Model.Block;
using MdMarkdown = Markdig.Markdown;

namespace PlanReports.Documents.Markdown;

/// <summary>
/// Turns a report template's Markdown (after Liquid has filled it) into document blocks. Supports headings 1–3,
/// paragraphs with classes, emphasis, links, line breaks, lists, pipe tables, page breaks (<c>***</c>) and
/// components placed with <c>::: name key=value</c> … <c>:::</c>. Anything else is a
/// <see cref="DocumentTemplateException"/> naming the report, template, line and rule.
/// </summary>
public sealed class MarkdownConverter
{
    private readonly Dictionary<string, IComponent> _components;

    /// <summary>Creates a converter that knows the components a report may use.</summary>
    /// <exception cref="ArgumentException">Two components share a name.</exception>
    public MarkdownConverter(IEnumerable<IComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        _components = new Dictionary<string, IComponent>(StringComparer.Ordinal);
        foreach (var component in components)
        {
            if (!_components.TryAdd(component.Name, component))
            {
                throw new ArgumentException($"Two components are named '{component.Name}'.", nameof(components));
            }
        }
    }

    /// <summary>Converts <paramref name="markdown"/>; every block records <paramref name="report"/>, <paramref name="template"/> and its line.</summary>
    /// <param name="markdown">The template text after Liquid.</param>
    /// <param name="report">The report id, for errors and <see cref="SourceRef"/>.</param>
    /// <param name="template">The template file name, for errors and <see cref="SourceRef"/>.</param>
    /// <param name="model">The view model handed to components.</param>
    /// <exception cref="DocumentTemplateException">The template breaks a rule.</exception>
    public IReadOnlyList<Block> Convert(string markdown, string report, string template, object? model)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(template);

        markdown = CellLists.Mark(markdown);
        var document = Parse(markdown, report, template);
        var conversion = new MarkdownConversion(markdown, report, template, model, _components);
        return conversion.ConvertBlocks(document);
    }

    private static MarkdownDocument Parse(string markdown, string report, string template)
    {
        try
        {
            return MdMarkdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig's own depth limit: it does not say where, so the error points at the start of the template.
            throw new DocumentTemplateException(report, template, 1, $"the template cannot be read as Markdown: {e.Message}", e);
        }
    }

    /// <summary>
    /// The components a template places (not the built-in section, contents and chart-grid), in order, with their lines, without converting anything: lets a report
    /// runner check a template against its registered components before it queries any data.
    /// </summary>
    public static IReadOnlyList<ComponentReference> FindComponentReferences(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = MdMarkdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        return document.Descendants<CustomContainer>()
            .Where(c => !Blocks.ComponentConverter.IsBuiltIn(c.Info))
            .Select(c => new ComponentReference(c.Info ?? string.Empty, c.Line + 1))
            .ToList();
    }
}
