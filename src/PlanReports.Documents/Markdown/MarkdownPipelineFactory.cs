using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;

namespace PlanReports.Documents.Markdown;

/// <summary>The one Markdig pipeline templates are parsed with.</summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>
    /// Pipe tables (column widths from the separator's dashes), block custom containers for components, and
    /// generic attributes (added last, as Markdig requires). Raw HTML stays enabled in the parser so that it is
    /// seen and rejected with a line number instead of passing through as text. Only the block parser of custom
    /// containers is added: the inline <c>::text::</c> form would turn ordinary text with "::" into markup.
    /// A MarkdownPipeline is immutable and thread-safe once built, so one instance serves every conversion.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true });
        builder.BlockParsers.AddIfNotAlready<CustomContainerParser>();
        return builder.UseGenericAttributes().Build();
    }
}
