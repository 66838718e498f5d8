using System.Globalization;
using Markdig.Extensions.CustomContainers;
using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using ModelBlock = PlanReports.Documents.Model.Block;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>
/// <c>:::: chart-grid columns=2 caption="…"</c> … <c>::::</c>: the charts that the chart components inside build,
/// as small multiples in a grid under one caption, on one value axis unless <c>scale=own</c>. Anything inside that is
/// not a chart is an error. No chart gives nothing; one chart is a grid of one, so it keeps the grid's caption (its
/// own is only its cell's title).
/// </summary>
internal static class ChartGridConverter
{
    private const int MaximumColumns = 4;

    internal static void Convert(CustomContainer block, SortedDictionary<string, string> arguments, MarkdownConversion conversion, List<ModelBlock> output)
    {
        const string Name = ComponentConverter.ChartGridName;
        if (!arguments.Remove("caption", out var caption) || string.IsNullOrWhiteSpace(caption))
        {
            throw conversion.Error(block, $"a {Name} needs caption=\"…\", the one caption of all its charts");
        }

        var columns = 2;
        if (arguments.Remove("columns", out var columnsText)
            && (!int.TryParse(columnsText, NumberStyles.None, CultureInfo.InvariantCulture, out columns) || columns < 1 || columns > MaximumColumns))
        {
            throw conversion.Error(block, $"a {Name}'s columns= is a whole number from 1 to {MaximumColumns}, not '{columnsText}'");
        }

        var shared = true;
        if (arguments.Remove("scale", out var scale))
        {
            shared = scale switch
            {
                "shared" => true,
                "own" => false,
                _ => throw conversion.Error(block, $"a {Name}'s scale= is 'shared' (one value axis for all charts) or 'own', not '{scale}'"),
            };
        }

        if (arguments.Count > 0)
        {
            throw conversion.Error(block, $"a {Name} takes only caption=, columns= and scale=; '{arguments.Keys.First()}' is not known");
        }

        var blocks = conversion.ConvertBlocks(block);
        var charts = blocks.OfType<Chart>().ToList();
        if (charts.Count != blocks.Count)
        {
            throw conversion.Error(block, $"a {Name} holds only chart components, such as '::: trajectory-chart …', not {Describe(blocks.First(b => b is not Chart))}");
        }

        if (charts.Count == 0)
        {
            return;
        }

        IReadOnlyList<Chart> cells;
        try
        {
            cells = shared ? ChartGridLayout.ShareScale(charts) : charts;
        }
        catch (InvalidOperationException e)
        {
            throw conversion.Error(block, $"{Name}: {e.Message}; write scale=own to give each its own", e);
        }

        output.Add(new ChartGrid(caption, columns, cells, shared) { Source = conversion.SourceOf(block) });
    }

    private static string Describe(ModelBlock block) => block switch
    {
        Paragraph => "a paragraph",
        Heading => "a heading",
        Table => "a table",
        _ => $"a {block.GetType().Name}",
    };
}
