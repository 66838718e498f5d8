using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Markdown;

/// <summary>A section with headings=2 moves its headings one level down, so a pack inside a bundle keeps one H1.</summary>
public sealed class SectionHeadingTests
{
    private static readonly MarkdownConverter Converter = new([]);

    [Fact]
    public void A_section_with_headings_2_moves_every_heading_inside_it_down_one_level()
    {
        var blocks = Converter.Convert("# Bundle\n\n:::: section page=new headings=2\n\n# Pack\n\n## Summary\n\n### Finance\n\n::::\n", "r", "t.md", null);

        var section = Assert.IsType<Section>(blocks[1]);
        Assert.Equal(1, ((Heading)blocks[0]).Level);
        Assert.Equal([2, 3, 4], section.Blocks.OfType<Heading>().Select(h => h.Level));
        Assert.True(section.StartOnNewPage);
    }

    [Fact]
    public void A_section_without_headings_keeps_its_levels_and_an_unknown_value_is_an_error_naming_the_line()
    {
        var plain = (Section)Converter.Convert(":::: section\n\n# Pack\n\n::::\n", "r", "t.md", null)[0];
        Assert.Equal(1, ((Heading)plain.Blocks[0]).Level);

        var error = Assert.Throws<DocumentTemplateException>(() => Converter.Convert("text\n\n:::: section headings=5\n\n# Pack\n\n::::\n", "r", "t.md", null));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("headings=", error.Message, StringComparison.Ordinal);
    }
}
