using System.Globalization;
using Markdig.Syntax;
using PlanReports.Documents.Model;
using MdListBlock = Markdig.Syntax.ListBlock;
using ModelBlock = PlanReports.Documents.Model.Block;
using ModelListBlock = PlanReports.Documents.Model.ListBlock;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>A bulleted or numbered list; an ordered list keeps the number it starts at ("3." starts at 3).</summary>
internal sealed class ListConverter : BlockConverter<MdListBlock>
{
    protected override void Convert(MdListBlock block, MarkdownConversion conversion, List<ModelBlock> output)
    {
        var attributes = TemplateAttributes.Of(block, conversion);
        if (attributes.Id is not null || attributes.Classes.Count > 0)
        {
            throw conversion.Error(block, "lists take no attributes; put {.class} on a paragraph instead");
        }

        var start = 1;
        if (block.IsOrdered && block.OrderedStart is { } written
            && !int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out start))
        {
            throw conversion.Error(block, $"the list number '{written}' is too large");
        }

        var items = new List<ListItem>(block.Count);
        foreach (var child in block)
        {
            items.Add(new ListItem(conversion.ConvertBlocks((ListItemBlock)child)));
        }

        output.Add(new ModelListBlock(block.IsOrdered, items, start) { Source = conversion.SourceOf(block) });
    }
}
