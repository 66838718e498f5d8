using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Tests.Samples;
using M = PlanReports.Documents.Model;

namespace PlanReports.Docx.Tests;

/// <summary>Page size, margins, the first-page letterhead, and the running header and footer with page-number fields.</summary>
public sealed class DocxPageTests
{
    [Fact]
    public void Page_size_and_margins_come_from_the_page_setup_in_twips()
    {
        var document = SampleDocuments.FormalLetter();
        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var section = Section(word);
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        Assert.Equal((uint)Math.Round(document.Page.Width * 20), size.Width!.Value);
        Assert.Equal((uint)Math.Round(document.Page.Height * 20), size.Height!.Value);
        Assert.Equal((int)Math.Round(document.Page.Margins.Top * 20), margin.Top!.Value);
        Assert.Equal((uint)Math.Round(document.Page.Margins.Left * 20), margin.Left!.Value);
        Assert.Equal((uint)Math.Round(document.Page.Margins.Right * 20), margin.Right!.Value);
    }

    [Fact]
    public void Landscape_pages_are_marked_landscape()
    {
        var document = new M.Document(SampleDocuments.LetterMetadata, M.PageSetup.A4Landscape, [new M.Paragraph([new M.TextRun("Wide")])]);
        using var word = DocxFiles.Open(DocxFiles.Render(document));

        Assert.Equal(PageOrientationValues.Landscape, Section(word).GetFirstChild<PageSize>()!.Orient!.Value);
    }

    [Fact]
    public void Letterhead_is_a_first_page_header_and_the_footer_also_appears_on_page_one()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var section = Section(word);
        var main = word.MainDocumentPart!;

        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var firstHeader = (HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(r => r.Type!.Value == HeaderFooterValues.First).Id!);
        var runningHeader = (HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(r => r.Type!.Value == HeaderFooterValues.Default).Id!);
        Assert.Contains("Richmond House", firstHeader.Header!.InnerText, StringComparison.Ordinal);
        Assert.Equal(JustificationValues.Right, firstHeader.Header.Elements<Paragraph>().Last().ParagraphProperties!.Justification!.Val!.Value);
        Assert.DoesNotContain("Richmond House", runningHeader.Header!.InnerText, StringComparison.Ordinal);

        var footers = section.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => ((FooterPart)main.GetPartById(r.Id!)).Footer!.InnerText);
        Assert.Contains(HeaderFooterValues.First, footers.Keys);
        Assert.Contains(HeaderFooterValues.Default, footers.Keys);
        Assert.Equal(footers[HeaderFooterValues.Default], footers[HeaderFooterValues.First]);
        Assert.Contains("Illustrative data", footers[HeaderFooterValues.First], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_letterhead_every_page_shares_one_header_and_footer()
    {
        var document = SampleDocuments.FormalLetter() is var letter ? letter with { Page = letter.Page with { FirstPageLetterhead = [] } } : null!;
        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var section = Section(word);

        Assert.Null(section.GetFirstChild<TitlePage>());
        Assert.All(section.Elements<HeaderReference>(), r => Assert.Equal(HeaderFooterValues.Default, r.Type!.Value));
        Assert.All(section.Elements<FooterReference>(), r => Assert.Equal(HeaderFooterValues.Default, r.Type!.Value));
    }

    [Fact]
    public void Page_numbers_are_complex_PAGE_and_NUMPAGES_fields_with_a_cached_result()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var footer = word.MainDocumentPart!.FooterParts.First().Footer!;
        var runs = footer.Descendants<Run>().ToList();

        var instructions = footer.Descendants<FieldCode>().Select(c => c.Text.Trim()).ToList();
        Assert.Equal(["PAGE \\* Arabic", "NUMPAGES \\* Arabic"], instructions);
        var kinds = runs.SelectMany(r => r.Elements<FieldChar>()).Select(f => f.FieldCharType!.Value).ToList();
        Assert.Equal(
            [FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End, FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End],
            kinds);

        // The run after "separate" holds the cached result a reader without field support shows.
        var separate = runs.FindIndex(r => r.GetFirstChild<FieldChar>()?.FieldCharType?.Value == FieldCharValues.Separate);
        Assert.Equal("1", runs[separate + 1].InnerText);
        Assert.Contains("Page 1 of 1", footer.InnerText.Replace("PAGE \\* Arabic ", string.Empty, StringComparison.Ordinal).Replace("NUMPAGES \\* Arabic ", string.Empty, StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_that_start_on_a_new_page_and_page_breaks_leave_no_empty_paragraph()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        var annex = paragraphs.Single(p => p.InnerText == "Annex A: agreed trajectories");
        var afterBreak = paragraphs.Single(p => p.InnerText == "I am copying this letter to the cluster chair.");
        Assert.NotNull(annex.ParagraphProperties!.PageBreakBefore);
        Assert.NotNull(afterBreak.ParagraphProperties!.PageBreakBefore);
        Assert.DoesNotContain(paragraphs, p => p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page));
    }

    [Fact]
    public void A_page_break_before_a_section_that_starts_with_a_table_breaks_once()
    {
        var document = new M.Document(SampleDocuments.LetterMetadata, M.PageSetup.A4Portrait, [
            new M.Paragraph([new M.TextRun("before")]),
            new M.PageBreak(),
            new M.Section([SampleDocuments.AssuranceTable() with { Caption = null }], StartOnNewPage: true),
        ]);
        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var body = word.MainDocumentPart!.Document!.Body!;

        var breaks = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.PageBreakBefore is not null).ToList();
        Assert.Single(breaks);
        Assert.IsType<Table>(breaks[0].NextSibling());
        Assert.Empty(body.Descendants<Break>());
    }

    [Fact]
    public void Keep_together_keeps_every_paragraph_but_the_last_with_the_next()
    {
        var document = new M.Document(SampleDocuments.LetterMetadata, M.PageSetup.A4Portrait, [
            new M.KeepTogether([
                new M.Paragraph([new M.TextRun("one")]),
                SampleDocuments.AssuranceTable(),
                new M.Paragraph([new M.TextRun("last")]),
            ]),
            new M.Paragraph([new M.TextRun("after")]),
        ]);
        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().ToList();
        var last = paragraphs.Single(p => p.InnerText == "last");

        Assert.All(paragraphs.TakeWhile(p => p != last), p => Assert.NotNull(p.ParagraphProperties?.KeepNext));
        Assert.Null(last.ParagraphProperties!.KeepNext);
        Assert.Null(paragraphs.Single(p => p.InnerText == "after").ParagraphProperties?.KeepNext);
        Assert.All(body.Descendants<TableRow>(), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void Signature_block_is_closing_then_space_then_bold_name_role_and_organisation()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        var closing = paragraphs.FindIndex(p => p.InnerText == "Yours sincerely");
        var signatory = paragraphs[closing + 1];

        Assert.NotNull(paragraphs[closing].ParagraphProperties!.KeepNext);
        Assert.True(int.Parse(signatory.ParagraphProperties!.SpacingBetweenLines!.Before!.Value!, System.Globalization.CultureInfo.InvariantCulture) >= 3 * 11 * 20, "room for a signature");
        var runs = signatory.Elements<Run>().ToList();
        Assert.Equal("A N Other", runs[0].InnerText);
        Assert.NotNull(runs[0].RunProperties!.Bold);
        Assert.Equal(["Director of Operations", "Department of Health"], runs.Skip(1).Select(r => r.InnerText));
        Assert.All(runs.Skip(1), r => Assert.NotNull(r.GetFirstChild<Break>()));
    }

    [Fact]
    public void A_link_in_the_footer_is_a_relationship_of_the_footer_part()
    {
        var footer = new M.RunningContent([new M.RunningLine([new M.Link("https://www.example.org/", [new M.TextRun("example.org")])])]);
        var document = new M.Document(SampleDocuments.LetterMetadata, M.PageSetup.A4Portrait with { Footer = footer }, [new M.Paragraph([new M.TextRun("body")])]);
        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var part = word.MainDocumentPart!.FooterParts.Single();
        var link = part.Footer!.Descendants<Hyperlink>().Single();

        Assert.Equal("https://www.example.org/", part.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString());
        Assert.Empty(word.MainDocumentPart.HyperlinkRelationships);
    }

    private static SectionProperties Section(WordprocessingDocument word) =>
        word.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
}
