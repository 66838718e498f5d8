using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Tests.Samples;
using PlanReports.Documents.Rendering;
using M = PlanReports.Documents.Model;

namespace PlanReports.Docx.Tests;

/// <summary>styles.xml holds real Word styles built from the shared theme, and lists use numbering definitions.</summary>
public sealed class DocxStylesTests
{
    private static readonly DocumentTheme Theme = DocumentTheme.Default;

    [Fact]
    public void Normal_text_is_the_theme_font_and_size_in_British_English()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var defaults = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.Equal(Theme.FontFamily, defaults.RunFonts!.Ascii!.Value);
        Assert.Equal(Theme.FontFamily, defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal((Theme.BodySize * 2).ToString(System.Globalization.CultureInfo.InvariantCulture), defaults.FontSize!.Val!.Value);
        Assert.Equal("en-GB", defaults.Languages!.Val!.Value);
        Assert.Equal("Normal", Style(word, "Normal").StyleName!.Val!.Value);
    }

    [Theory]
    [InlineData(1, "heading 1", 0)]
    [InlineData(2, "heading 2", 1)]
    [InlineData(3, "heading 3", 2)]
    public void Headings_use_Word_heading_styles_with_outline_levels(int level, string name, int outline)
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var style = Style(word, $"Heading{level}");

        Assert.Equal(name, style.StyleName!.Val!.Value);
        Assert.Equal(outline, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal((Theme.HeadingSizes[level - 1] * 2).ToString(System.Globalization.CultureInfo.InvariantCulture), style.StyleRunProperties!.FontSize!.Val!.Value);
        Assert.NotNull(style.StyleParagraphProperties.KeepNext);
    }

    [Fact]
    public void Every_style_the_document_uses_is_defined()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var main = word.MainDocumentPart!;
        var defined = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        var parts = new DocumentFormat.OpenXml.OpenXmlElement[] { main.Document! }
            .Concat(main.HeaderParts.Select(h => h.Header!))
            .Concat(main.FooterParts.Select(f => f.Footer!));
        var used = parts.SelectMany(p => p.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value)
            .Concat(p.Descendants<RunStyle>().Select(s => s.Val!.Value))
            .Concat(p.Descendants<TableStyle>().Select(s => s.Val!.Value)))
            .ToHashSet();

        Assert.Empty(used.Except(defined));
        Assert.Superset(new HashSet<string?> { "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Small", "Notice", "Caption", "Header", "Footer", "ListParagraph", "Hyperlink", "PlanReportsTable", "PlanReportsBullets", "PlanReportsNumbers" }, defined);
    }

    [Fact]
    public void Notice_style_is_a_bordered_shaded_paragraph_in_the_theme_colours()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var notice = Style(word, "Notice").StyleParagraphProperties!;

        Assert.Equal(Theme.NoticeFill.ToHex(), notice.Shading!.Fill!.Value);
        Assert.Equal(Theme.NoticeBorder.ToHex(), notice.ParagraphBorders!.TopBorder!.Color!.Value);
        Assert.Equal(Theme.NoticeBorder.ToHex(), notice.ParagraphBorders.BottomBorder!.Color!.Value);
    }

    [Fact]
    public void Table_style_shades_and_repeats_its_header_row()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var style = Style(word, "PlanReportsTable");
        var firstRow = style.Elements<TableStyleProperties>().Single(p => p.Type!.Value == TableStyleOverrideValues.FirstRow);

        Assert.Equal(Theme.TableHeaderFill.ToHex(), firstRow.GetFirstChild<TableStyleConditionalFormattingTableCellProperties>()!.GetFirstChild<Shading>()!.Fill!.Value);
        Assert.NotNull(firstRow.GetFirstChild<TableStyleConditionalFormattingTableRowProperties>()!.GetFirstChild<TableHeader>());
        Assert.Equal(Theme.Border.ToHex(), style.StyleTableProperties!.TableBorders!.InsideHorizontalBorder!.Color!.Value);
    }

    [Fact]
    public void Numbered_lists_restart_at_their_start_value_and_levels_hang()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var numbering = word.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var body = word.MainDocumentPart.Document!.Body!;
        var listParagraphs = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();

        // "Confirm the revised trajectory." opens the list that starts at 4.
        var startsAtFour = listParagraphs.Single(p => p.InnerText == "Confirm the revised trajectory.");
        var numId = startsAtFour.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId);
        Assert.Equal(4, instance.Elements<LevelOverride>().Single().StartOverrideNumberingValue!.Val!.Value);

        // Three levels of nesting: 0, 1, 2.
        Assert.Equal([0, 1, 2], listParagraphs.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value).Distinct().Order());

        var bullets = numbering.Elements<AbstractNum>().First();
        var level1 = bullets.Elements<Level>().Single(l => l.LevelIndex!.Value == 1);
        var indentation = level1.PreviousParagraphProperties!.Indentation!;
        Assert.Equal(((int)(Theme.ListIndent * 2 * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture), indentation.Left!.Value);
        Assert.Equal(((int)(Theme.ListIndent * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture), indentation.Hanging!.Value);
    }

    [Theory]
    [InlineData(M.ParagraphStyle.Normal, null)]
    [InlineData(M.ParagraphStyle.Title, "Title")]
    [InlineData(M.ParagraphStyle.Subtitle, "Subtitle")]
    [InlineData(M.ParagraphStyle.Small, "Small")]
    [InlineData(M.ParagraphStyle.Notice, "Notice")]
    public void Paragraph_roles_map_to_named_Word_styles(M.ParagraphStyle role, string? styleId)
    {
        var document = new M.Document(SampleDocuments.LetterMetadata, M.PageSetup.A4Portrait, [new M.Paragraph([new M.TextRun("text")], M.TextAlignment.Centre, role)]);
        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var paragraph = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single();

        Assert.Equal(styleId, paragraph.ParagraphProperties!.ParagraphStyleId?.Val?.Value);
        Assert.Equal(JustificationValues.Center, paragraph.ParagraphProperties.Justification!.Val!.Value);
    }

    [Fact]
    public void A_table_inside_a_list_item_is_indented_to_the_item_text_and_fits_beside_it()
    {
        var list = new M.ListBlock(false, [new M.ListItem([new M.Paragraph([new M.TextRun("item")]), SampleDocuments.AssuranceTable()])]);
        using var word = DocxFiles.Open(DocxFiles.Render(new M.Document(SampleDocuments.LetterMetadata, M.PageSetup.A4Portrait, [list])));
        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        var properties = table.GetFirstChild<TableProperties>()!;
        var indent = (int)(Theme.ListIndent * 20);
        var page = M.PageSetup.A4Portrait;
        var textWidth = (int)Math.Round(page.Width * 20) - (int)Math.Round(page.Margins.Left * 20) - (int)Math.Round(page.Margins.Right * 20);

        Assert.Equal(indent, properties.TableIndentation!.Width!.Value);
        Assert.Equal((textWidth - indent).ToString(System.Globalization.CultureInfo.InvariantCulture), properties.TableWidth!.Width!.Value);
        DocxFiles.AssertValid(word);
    }

    [Fact]
    public void List_styles_are_linked_to_the_bullet_and_number_definitions()
    {
        using var word = DocxFiles.Open(DocxFiles.Render(SampleDocuments.FormalLetter()));
        var numbering = word.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        foreach (var (styleId, format) in new[] { ("PlanReportsBullets", NumberFormatValues.Bullet), ("PlanReportsNumbers", NumberFormatValues.Decimal) })
        {
            var style = Style(word, styleId);
            Assert.Equal(StyleValues.Numbering, style.Type!.Value);
            var numId = style.StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
            var abstractId = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;
            var definition = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId);
            Assert.Equal(styleId, definition.GetFirstChild<StyleLink>()!.Val!.Value);
            Assert.Equal(format, definition.Elements<Level>().First().NumberingFormat!.Val!.Value);
        }
    }

    private static Style Style(DocumentFormat.OpenXml.Packaging.WordprocessingDocument word, string id) =>
        word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);
}
