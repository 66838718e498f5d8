using Markdig.Extensions.CustomContainers;
using PlanReports.Documents.Model;
using ModelListBlock = PlanReports.Documents.Model.ListBlock;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>
/// <c>:::: contents</c> … <c>::::</c>: one list whose items are each a single link to an anchor
/// (<c>1. [Title](#id)</c>); a list nested in an item gives second-level entries. Anything else inside is an error,
/// so a contents list never silently drops a line.
/// </summary>
internal static class ContentsConverter
{
    private const int MaximumLevel = 2;

    internal static TableOfContents Convert(CustomContainer block, MarkdownConversion conversion)
    {
        var rest = conversion.SourceLineOf(block).TrimStart().TrimStart(':').Trim();
        if (rest != ComponentConverter.ContentsName)
        {
            throw conversion.Error(block, $"'{ComponentConverter.ContentsName}' takes no arguments; write '::: {ComponentConverter.ContentsName}' alone");
        }

        var blocks = conversion.ConvertBlocks(block);
        if (blocks is not [ModelListBlock list])
        {
            throw conversion.Error(block, "a contents block holds one list of links to anchors, such as '1. [Annex](#annex)', and nothing else");
        }

        var entries = new List<ContentsEntry>();
        Add(list, 1, entries, block, conversion);
        return new TableOfContents(entries) { Source = conversion.SourceOf(block) };
    }

    private static void Add(ModelListBlock list, int level, List<ContentsEntry> entries, CustomContainer block, MarkdownConversion conversion)
    {
        if (level > MaximumLevel)
        {
            throw conversion.Error(block, $"a contents list has at most {MaximumLevel} levels");
        }

        foreach (var item in list.Items)
        {
            if (item.Blocks.Count == 0 || item.Blocks[0] is not Paragraph { Inlines: [Link link] }
                || !link.Target.StartsWith('#') || link.Target.Length == 1)
            {
                throw conversion.Error(block, "each item of a contents list is one link to an anchor in this document, such as '[Annex](#annex)', with nothing beside it");
            }

            entries.Add(new ContentsEntry(link.Inlines, link.Target[1..], level));
            foreach (var child in item.Blocks.Skip(1))
            {
                if (child is not ModelListBlock sublist)
                {
                    throw conversion.Error(block, "inside a contents entry only a list of further entries may follow the link");
                }

                Add(sublist, level + 1, entries, block, conversion);
            }
        }
    }
}
