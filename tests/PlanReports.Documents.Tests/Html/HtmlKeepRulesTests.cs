using PlanReports.Documents.Html;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Html;

/// <summary>Print CSS keeps together what the PDF layout keeps together.</summary>
public sealed class HtmlKeepRulesTests
{
    [Fact]
    public void Introductions_and_the_paragraph_before_a_signature_carry_the_keep_with_next_class_that_avoids_a_break_after()
    {
        var document = new Document(
            new DocumentMetadata("Letter", "Test", "Keep rules", new DateOnly(2014, 4, 4)),
            PageSetup.A4Portrait,
            [
                new Heading(1, [new TextRun("Letter")]),
                new Paragraph([new TextRun("An ordinary paragraph.")]),
                new Paragraph([new TextRun("It is paid as follows:")]),
                new ListBlock(false, [new ListItem([new Paragraph([new TextRun("April 2015")])])]),
                new Paragraph([new TextRun("Thank you.")]),
                new SignatureBlock("Yours sincerely", "Jane Doe", "Director", "NHS England"),
            ]);

        var html = new HtmlRenderer().RenderToString(document);

        Assert.Contains("<p>An ordinary paragraph.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"keep-with-next\">It is paid as follows:</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"keep-with-next\">Thank you.</p>", html, StringComparison.Ordinal);
        Assert.Matches(@"\.keep-with-next[^{]*\{ break-after: avoid; \}", html);
    }
}
