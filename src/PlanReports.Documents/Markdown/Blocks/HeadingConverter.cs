using System.Text.RegularExpressions;
using Markdig.Syntax;
using PlanReports.Documents.Model;
using ModelBlock = PlanReports.Documents.Model.Block;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>A heading of level 1 to 3, with an optional <c>{#id}</c> anchor; a section may move its headings one level down, to 4.</summary>
internal sealed partial class HeadingConverter : BlockConverter<HeadingBlock>
{
    private const int DeepestLevel = 3;

    protected override void Convert(HeadingBlock block, MarkdownConversion conversion, List<ModelBlock> output)
    {
        if (block.Level > DeepestLevel)
        {
            throw conversion.Error(block, $"heading level {block.Level} is too deep; documents use levels 1 to {DeepestLevel} (#, ## and ###)");
        }

        var attributes = TemplateAttributes.Of(block, conversion);
        if (attributes.Classes.Count > 0)
        {
            throw conversion.Error(block, $"headings take no classes ('.{attributes.Classes[0]}'); only an id such as {{#conditions}}");
        }

        if (attributes.Id is not null)
        {
            conversion.ClaimId(block, attributes.Id);
        }

        var inlines = InlineText.Trim(conversion.ConvertInlines(block.Inline, RunStyle.Plain));
        if (inlines.Count == 0)
        {
            throw conversion.Error(block, "a heading needs text");
        }

        // Markdig leaves attributes it cannot read (such as a one-letter id) as text; a reader would see "{#a}".
        if (UnreadAttributes().IsMatch(InlineText.PlainText(inlines)))
        {
            throw conversion.Error(block, "the {…} at the end of this heading was not read as attributes; ids need at least two characters, for example {#risks}");
        }

        output.Add(new Heading(block.Level, inlines, attributes.Id) { Source = conversion.SourceOf(block) });
    }

    [GeneratedRegex(@"\{[#.][^{}]*\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnreadAttributes();
}
