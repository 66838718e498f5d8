using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PlanReports.Documents.Markdown;

/// <summary>The generic attributes (<c>{#id .class}</c>) written on a Markdown block.</summary>
internal sealed record TemplateAttributes(string? Id, IReadOnlyList<string> Classes)
{
    private static readonly TemplateAttributes None = new(null, []);

    /// <summary>Reads a node's attributes; key=value attributes have no meaning in documents and are rejected.</summary>
    public static TemplateAttributes Of(MarkdownObject node, MarkdownConversion conversion)
    {
        var attributes = node.TryGetAttributes();
        if (attributes is null)
        {
            return None;
        }

        if (attributes.Properties is { Count: > 0 } properties)
        {
            throw conversion.Error(node, $"the attribute '{properties[0].Key}=' is not supported; use {{#id}} or a class such as {{.notice}}");
        }

        if (attributes.Id is { } id && !IsValidId(id))
        {
            throw conversion.Error(node, $"'#{id}' is not a valid id; use letters, digits and hyphens, starting with a letter");
        }

        return new TemplateAttributes(attributes.Id, attributes.Classes ?? []);
    }

    private static bool IsValidId(string id) =>
        id.Length > 0 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
