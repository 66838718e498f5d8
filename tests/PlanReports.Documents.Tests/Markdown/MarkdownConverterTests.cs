using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Markdown;

public sealed class MarkdownConverterTests
{
    private static readonly MarkdownConverter Converter = new([new ArgumentsComponent("signature")]);

    [Fact]
    public void Every_block_records_report_template_and_one_based_line_including_nested_blocks()
    {
        var markdown = "# One\n\n- item\n  - nested\n\n| h |\n|---|\n| c |\n\n::: signature\n:::\n";

        var blocks = Converter.Convert(markdown, "signoff-letter", "template.md", null);

        var all = Flatten(blocks).ToList();
        Assert.All(all, b => Assert.NotNull(b.Source));
        Assert.All(all, b => Assert.Equal("signoff-letter", b.Source!.Report));
        Assert.All(all, b => Assert.Equal("template.md", b.Source!.Template));
        Assert.Equal(1, blocks[0].Source!.Line);
        Assert.Equal(3, blocks[1].Source!.Line);
        var nested = ((ListBlock)((ListBlock)blocks[1]).Items[0].Blocks[1]);
        Assert.Equal(4, nested.Source!.Line);
        Assert.Equal(6, blocks[2].Source!.Line);
        Assert.Equal(10, blocks[3].Source!.Line);
    }

    [Fact]
    public void Component_arguments_are_parsed_with_quotes_and_escapes_and_sorted_by_key()
    {
        ComponentContext? seen = null;
        var converter = new MarkdownConverter([new RecordingComponent("rag-table", c => seen = c)]);

        converter.Convert("::: rag-table z=1 title=\"A \\\"quoted\\\" title\" a=b\n:::\n", "r", "t.md", 42);

        Assert.NotNull(seen);
        Assert.Equal(["a", "title", "z"], seen.Arguments.Keys);
        Assert.Equal("A \"quoted\" title", seen.Arguments["title"]);
        Assert.Equal(42, seen.Model);
        Assert.Equal(new SourceRef("r", "t.md", 1), seen.Source);
    }

    [Fact]
    public void Markdown_backslash_escapes_in_component_arguments_stand_for_the_character_itself()
    {
        // The report runner escapes data for Markdown, so an organisation code C34-10 arrives as C34\-10.
        ComponentContext? seen = null;
        var converter = new MarkdownConverter([new RecordingComponent("domain-ratings", c => seen = c)]);

        converter.Convert("::: domain-ratings cluster=C34\\-10 name=\"St Helens \\& Knowsley\" path=a\\b\n:::\n", "r", "t.md", null);

        Assert.NotNull(seen);
        Assert.Equal("C34-10", seen.Arguments["cluster"]);
        Assert.Equal("St Helens & Knowsley", seen.Arguments["name"]);
        Assert.Equal("a\\b", seen.Arguments["path"]);
    }

    [Fact]
    public void Component_references_are_found_in_order_with_their_lines_without_converting()
    {
        var markdown = "# Title\n\n::: letterhead\n:::\n\nText\n\n::: no-such-component a=1\n:::\n";

        var references = MarkdownConverter.FindComponentReferences(markdown);

        Assert.Equal([new ComponentReference("letterhead", 3), new ComponentReference("no-such-component", 8)], references);
    }

    [Fact]
    public void A_section_container_groups_its_markdown_and_components_and_can_start_a_new_page()
    {
        var markdown = "Contents\n\n:::: section page=new\n## Pack one\n\n::: signature name=A\n:::\n\nAfter the signature.\n::::\n\n:::: section\nSecond.\n::::\n";

        var blocks = Converter.Convert(markdown, "bundle", "template.md", null);

        Assert.Equal(3, blocks.Count);
        var first = Assert.IsType<Section>(blocks[1]);
        Assert.True(first.StartOnNewPage);
        Assert.Equal(3, first.Source!.Line);
        Assert.IsType<Heading>(first.Blocks[0]);
        Assert.Equal("After the signature.", Assert.IsType<Paragraph>(first.Blocks[^1]).Inlines.OfType<TextRun>().Single().Text);
        Assert.IsType<KeyValueList>(first.Blocks[1]);
        Assert.Equal(3, first.Blocks.Count);
        var second = Assert.IsType<Section>(blocks[2]);
        Assert.False(second.StartOnNewPage);
        Assert.DoesNotContain(MarkdownConverter.FindComponentReferences(markdown), r => r.Name == "section");
    }

    [Fact]
    public void A_contents_container_turns_its_list_of_anchor_links_into_contents_entries_with_levels()
    {
        var markdown = ":::: section page=new\n## Contents\n\n::: contents\n1. [Alpha *cluster*](#pack-a)\n   - [Finance](#pack-a-finance)\n2. [Annex](#annex)\n:::\n::::\n";

        var blocks = Converter.Convert(markdown, "bundle", "template.md", null);

        var section = Assert.IsType<Section>(Assert.Single(blocks));
        var contents = Assert.IsType<TableOfContents>(section.Blocks[1]);
        Assert.Equal(4, contents.Source!.Line);
        Assert.Equal([("pack-a", 1), ("pack-a-finance", 2), ("annex", 1)], contents.Entries.Select(e => (e.Anchor, e.Level)));
        Assert.Equal(["Alpha ", "cluster"], contents.Entries[0].Inlines.OfType<TextRun>().Select(r => r.Text));
        Assert.True(contents.Entries[0].Inlines.OfType<TextRun>().Last().Italic);
        Assert.DoesNotContain(MarkdownConverter.FindComponentReferences(markdown), r => r.Name == "contents");
    }

    [Fact]
    public void Two_components_with_one_name_are_rejected_when_the_converter_is_built()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new MarkdownConverter([new ArgumentsComponent("address"), new ArgumentsComponent("address")]));

        Assert.Contains("'address'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_nested_beyond_the_depth_limit_fail_with_the_line_where_the_limit_is_passed()
    {
        var markdown = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "- level\n"));

        var error = Assert.Throws<DocumentTemplateException>(() => Converter.Convert(markdown, "r", "t.md", null));

        Assert.Contains("nested more than 32 levels", error.Rule, StringComparison.Ordinal);
        Assert.InRange(error.Line, 2, 40);
    }

    [Fact]
    public void Hostile_deep_nesting_that_Markdig_refuses_is_a_template_error_too()
    {
        var markdown = new string('>', 100_000) + " deep\n";

        var error = Assert.Throws<DocumentTemplateException>(() => Converter.Convert(markdown, "r", "t.md", null));

        Assert.Equal("t.md", error.Template);
    }

    [Fact]
    public void Hostile_deep_emphasis_fails_with_a_template_error()
    {
        var markdown = string.Concat(Enumerable.Repeat("*a ", 100)) + "x" + string.Concat(Enumerable.Repeat(" a*", 100));

        var error = Assert.Throws<DocumentTemplateException>(() => Converter.Convert(markdown, "r", "t.md", null));

        Assert.Equal(1, error.Line);
    }

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        ListBlock l => l.Items.SelectMany(i => Flatten(i.Blocks)).Prepend(b),
        Table t => t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).SelectMany(c => Flatten(c.Blocks)).Prepend(b),
        _ => [b],
    });

    private sealed class RecordingComponent(string name, Action<ComponentContext> record) : IComponent
    {
        public string Name { get; } = name;

        public IReadOnlyList<Block> Build(ComponentContext context)
        {
            record(context);
            return [];
        }
    }
}
