using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Tests.Samples;
using M = PlanReports.Documents.Model;

namespace PlanReports.Docx.Tests;

/// <summary>Data that XML cannot hold, empty structures and unusable values never break the file.</summary>
public sealed class DocxRobustnessTests
{
    [Fact]
    public void Characters_invalid_in_XML_are_removed_and_a_lone_surrogate_becomes_a_replacement_character()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.HostileInput()));
        var text = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First(p => p.ParagraphProperties?.ParagraphStyleId is null).InnerText;

        Assert.Equal("Bell vertical tab nul form feed  and a lone \uFFFD surrogate", text);
        Assert.Equal("Bell vertical tab nul form feed  and a lone \uFFFD surrogate", word.PackageProperties.Title);
    }

    [Fact]
    public void Every_part_is_well_formed_XML_1_0()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxFiles.Render(SampleDocuments.HostileInput())), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }
        }
    }

    [Fact]
    public void Tabs_and_line_breaks_in_data_become_Word_tabs_and_breaks()
    {
        var document = Body(new M.Paragraph([new M.TextRun("Tab\there\r\nnext")]));
        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var run = word.MainDocumentPart!.Document!.Body!.Descendants<Run>().Single();

        Assert.Equal(["Text", "TabChar", "Text", "Break", "Text"], run.ChildElements.Select(e => e.GetType().Name));
    }

    [Fact]
    public void A_table_without_rows_writes_no_table_but_keeps_its_caption()
    {
        var document = Body(new M.Table([new M.TableColumn(1)], [], [], "No rows this quarter"), new M.Table([new M.TableColumn(1)], [], [new M.TableRowGroup(null, [])]));
        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var body = word.MainDocumentPart!.Document!.Body!;

        Assert.Empty(body.Descendants<Table>());
        Assert.Equal("No rows this quarter", body.Elements<Paragraph>().Single(p => p.InnerText.Length > 0).InnerText);
    }

    [Fact]
    public void Empty_lists_write_nothing_and_an_empty_item_still_shows_its_number()
    {
        var document = Body(new M.ListBlock(false, []), new M.ListBlock(true, [new M.ListItem([])]));
        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Single(paragraphs);
        Assert.NotNull(paragraphs[0].ParagraphProperties!.NumberingProperties);
    }

    [Fact]
    public void Rows_shorter_than_the_grid_are_filled_out_and_unusable_widths_stay_visible()
    {
        var table = new M.Table(
            [new M.TableColumn(0), new M.TableColumn(double.NaN), new M.TableColumn(2)],
            [],
            [new M.TableRowGroup(null, [new M.TableRow([M.TableCell.Text("only one")])])]);
        using var word = DocxFiles.Open(DocxFiles.Render(Body(table)));
        var written = word.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        var widths = written.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(3, written.Elements<TableRow>().Single().Elements<TableCell>().Count());
        Assert.All(widths, w => Assert.True(w > 1000, $"column width {w} twips"));
    }

    [Fact]
    public void Nesting_beyond_the_limit_fails_with_a_message_that_says_what_to_change()
    {
        M.Block block = new M.Paragraph([new M.TextRun("deep")]);
        for (var i = 0; i < 40; i++)
        {
            block = new M.ListBlock(false, [new M.ListItem([block])]);
        }

        var error = Assert.Throws<InvalidOperationException>(() => DocxFiles.Render(Body(block)));
        Assert.Contains("nests blocks more than 32 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_names_the_report_template_and_line_of_the_block()
    {
        var heading = new M.Heading(5, [new M.TextRun("Too deep")]) { Source = new M.SourceRef("signoff-letter", "template.md", 12) };

        var error = Assert.Throws<InvalidOperationException>(() => DocxFiles.Render(Body(new M.Section([heading]))));

        Assert.StartsWith("signoff-letter: template.md line 12: cannot write Heading to DOCX", error.Message, StringComparison.Ordinal);
        Assert.Contains("level 1 to 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_target_that_is_not_a_URI_is_refused_with_the_rule()
    {
        var paragraph = new M.Paragraph([new M.Link("not a link", [new M.TextRun("x")])]) { Source = new M.SourceRef("pack", "template.md", 3) };

        var error = Assert.Throws<InvalidOperationException>(() => DocxFiles.Render(Body(paragraph)));

        Assert.Contains("pack: template.md line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("neither '#anchor' nor an absolute URI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_are_external_relationships_or_anchors_to_heading_bookmarks()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var main = word.MainDocumentPart!;
        var links = main.Document!.Body!.Descendants<Hyperlink>().ToList();
        var bookmarks = main.Document.Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();

        var anchor = links.Single(l => l.Anchor is not null);
        Assert.Contains(anchor.Anchor!.Value, bookmarks);
        Assert.Equal("the conditions", anchor.InnerText);

        var external = links.Single(l => l.Id is not null);
        var relationship = main.HyperlinkRelationships.Single(r => r.Id == external.Id);
        Assert.True(relationship.IsExternal);
        Assert.Equal("https://www.gov.uk/government/organisations/department-of-health-and-social-care", relationship.Uri.ToString());
        Assert.All(links.SelectMany(l => l.Descendants<Run>()), r => Assert.Equal("Hyperlink", r.RunProperties!.RunStyle!.Val!.Value));
    }

    private static M.Document Body(params M.Block[] blocks) => new(SampleDocuments.LetterMetadata, M.PageSetup.A4Portrait, blocks);
}
