using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;

namespace PlanReports.Docx.Tests;

/// <summary>
/// A paragraph written by <see cref="ParagraphElement"/> is byte for byte what the Open XML SDK writes for a
/// Paragraph with the same children, whether they write themselves or are SDK elements (bookmarks, links, fields).
/// </summary>
public sealed class ParagraphElementTests
{
    [Fact]
    public void An_empty_paragraph_matches_the_sdk() =>
        Assert.Equal(Saved(new Paragraph()), Saved(new ParagraphElement()));

    [Fact]
    public void A_paragraph_of_runs_bookmarks_and_a_link_matches_the_sdk()
    {
        var sdk = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }, new KeepNext()),
            new BookmarkStart { Id = "1", Name = "_pr_domains" },
            Run("Domains & ratings", bold: true),
            new BookmarkEnd { Id = "1" },
            new Hyperlink(Run("see the annex", bold: false)) { Anchor = "_pr_annex" });
        var own = new ParagraphElement(new ParagraphPropertiesElement { StyleId = "Heading2", KeepNext = true });
        own.Append(
            new BookmarkStart { Id = "1", Name = "_pr_domains" },
            new TextRunElement("Domains & ratings") { Bold = true },
            new BookmarkEnd { Id = "1" },
            new Hyperlink(new TextRunElement("see the annex")) { Anchor = "_pr_annex" });

        var expected = Saved(sdk);
        Assert.Equal(expected, Saved(own));
        Assert.Equal(expected, Saved(own.CloneNode(true)));
    }

    [Fact]
    public void Paragraphs_inside_a_table_cell_are_found_by_the_keep_rules_walk()
    {
        var cell = new TableCell(new ParagraphElement(new ParagraphPropertiesElement()), new ParagraphElement());
        var table = new Table(new TableRow(cell));
        Assert.Equal(2, table.Descendants<ParagraphElement>().Count());
    }

    private static Run Run(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.RunProperties = new RunProperties { Bold = new Bold() };
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static string Saved(OpenXmlElement paragraph)
    {
        var document = new Document(new Body(paragraph));
        using var stream = new MemoryStream();
        document.Save(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
