using System.Text;
using PlanReports.Documents.Markdown;
using PlanReports.Testing;

namespace PlanReports.Documents.Tests.Markdown;

/// <summary>Every rule a template can break fails with the report, template, 1-based line and the rule.</summary>
public sealed class MarkdownConverterErrorTests
{
    private static readonly MarkdownConverter Converter = new(
    [
        new ArgumentsComponent("address"),
        new ArgumentsComponent("signature"),
        new FailingComponent(),
    ]);

    public static TheoryData<string, string, int, string> Cases { get; } = new()
    {
        { "unknown component", "Intro\n\n::: rag-matrx scope=region\n:::\n", 3, "unknown component 'rag-matrx'; this report can use: address, signature, trajectory-table" },
        { "unclosed container", "# Letter\n\n::: signature\n\nYours\n", 3, "the component 'signature' is not closed" },
        { "container without a name", "Text\n\n:::\n:::\n", 3, "must name a component" },
        { "Markdown inside a component", "::: address\nSome text\n:::\n", 1, "leave nothing between" },
        { "malformed arguments", "\n::: address scope\n:::\n", 2, "key=value pairs; 'scope' is not" },
        { "unterminated quote", "::: address title=\"South\n:::\n", 1, "not closed with \"" },
        { "repeated argument", "::: address a=1 a=2\n:::\n", 1, "'a' is given twice" },
        { "component failure", "Text\n\n\n::: trajectory-table\n:::\n", 4, "component 'trajectory-table' failed: the view model has no trajectories" },
        { "unclosed section", "Intro\n\n:::: section page=new\n\nText\n", 3, "the section is not closed; add a line '::::' after it" },
        { "section on an unknown page", ":::: section page=odd\nText\n::::\n", 1, "a section's page= can only be 'new'" },
        { "contents holding a paragraph", "## Contents\n\n::: contents\nSee the annex.\n:::\n", 3, "a contents block holds one list of links to anchors" },
        { "contents item that is not a link", "::: contents\n1. [Annex](#annex)\n2. The risks\n:::\n", 1, "each item of a contents list is one link to an anchor" },
        { "contents link to a web page", "::: contents\n- [Guidance](https://www.gov.uk)\n:::\n", 1, "each item of a contents list is one link to an anchor" },
        { "contents with arguments", "::: contents levels=2\n- [Annex](#annex)\n:::\n", 1, "'contents' takes no arguments" },
        { "section argument not known", ":::: section title=Risks\nText\n::::\n", 1, "a section takes only page=new and headings=2; 'title' is not known" },
        { "heading level 4", "# One\n\n## Two\n\n#### Four\n", 5, "heading level 4 is too deep" },
        { "setext heading is fine but level 6 is not", "Title\n=====\n\n###### Six\n", 4, "heading level 6 is too deep" },
        { "raw HTML block", "Para\n\n<div>raw</div>\n", 3, "raw HTML is not allowed" },
        { "inline HTML", "Line one\nline <b>two</b>\n", 2, "raw HTML is not allowed" },
        { "script element", "<script>alert(1)</script>\n", 1, "raw HTML is not allowed" },
        { "block quote", "\n> quoted\n", 2, "block quotes (>) are not supported" },
        { "fenced code", "```\ncode\n```\n", 1, "code blocks are not supported" },
        { "indented code", "Para\n\n    code\n", 3, "indented code blocks are not supported" },
        { "image", "See ![chart](chart.png)\n", 1, "images are not supported" },
        { "javascript link", "\n\nClick [here](javascript:alert(1))\n", 3, "the link target 'javascript:alert(1)' is not allowed" },
        { "relative link", "[file](letters/a.pdf)\n", 1, "is not allowed" },
        { "unknown paragraph class", "Text {.shout}\n", 1, "unknown paragraph class '.shout'" },
        { "id on paragraph", "Text {#para}\n", 1, "ids can only be set on headings" },
        { "class on heading", "# Title {.big}\n", 1, "headings take no classes" },
        { "invalid id", "# Title {#1st}\n", 1, "'#1st' is not a valid id" },
        { "duplicate id", "# One {#conditions}\n\n# Two {#conditions}\n", 3, "the id '#conditions' is used twice" },
        { "key=value attribute", "Text {lang=fr}\n", 1, "'lang=' is not supported" },
        { "attributes on a list", "{.tight}\n- one\n- two\n", 2, "lists take no attributes" },
        { "attribute Markdig cannot read", "\n## Risks {#r}\n", 2, "was not read as attributes" },
        { "attributes on a table", "{.wide}\n| a |\n|---|\n| b |\n", 2, "tables take no attributes" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_rule_is_reported_with_report_template_line_and_rule(string what, string markdown, int line, string rule)
    {
        var error = Assert.Throws<DocumentTemplateException>(() => Converter.Convert(markdown, "signoff-letter", "template.md", null));

        Assert.True(error.Rule.Contains(rule, StringComparison.Ordinal), $"{what}: rule was '{error.Rule}'");
        Assert.Equal(line, error.Line);
        Assert.Equal("signoff-letter", error.Report);
        Assert.Equal("template.md", error.Template);
        Assert.StartsWith($"signoff-letter: template.md line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_messages_read_as_the_verified_list()
    {
        var text = new StringBuilder();
        foreach (var row in Cases)
        {
            var (what, markdown) = ((string)row[0], (string)row[1]);
            var error = Assert.Throws<DocumentTemplateException>(() => Converter.Convert(markdown, "signoff-letter", "template.md", null));
            text.Append(what).Append('\n').Append("  ").Append(error.Message).Append('\n');
        }

        Snapshot.Verify("template-errors.txt", text.ToString());
    }
}
