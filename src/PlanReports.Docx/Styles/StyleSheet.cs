using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Rendering;

namespace PlanReports.Docx.Styles;

/// <summary>
/// styles.xml built from the shared <see cref="DocumentTheme"/>: real Word styles (Normal, Title, Subtitle,
/// Heading 1–3 with outline levels, Small, Notice, Caption, Header, Footer, List Paragraph, Table Text,
/// Hyperlink), two list styles and two table styles, so a reader editing the DOCX in Word works with named styles, the
/// navigation pane shows the headings, and a table of contents can be inserted.
/// </summary>
internal static class StyleSheet
{
    public static DocumentFormat.OpenXml.Wordprocessing.Styles Build(DocumentTheme theme, string language)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var styles = new DocumentFormat.OpenXml.Wordprocessing.Styles(DocDefaults(theme, language));
        styles.Append(
            ParagraphStyle(StyleIds.Normal, "Normal", basedOn: null, isDefault: true, primary: true),
            ParagraphStyle(StyleIds.Title, "Title", StyleIds.Normal, primary: true,
                paragraph: new StyleParagraphProperties(
                    new KeepNext(),
                    new SpacingBetweenLines { Before = "0", After = Units.TwipsText(theme.ParagraphSpacing * 2), Line = Units.LineMultiple(1), LineRule = LineSpacingRuleValues.Auto },

                    // The title is the document's level-1 heading: Word's navigation pane and tagged PDF export see it as one.
                    new OutlineLevel { Val = 0 }),
                run: Run(theme.TitleSize, bold: true, colour: theme.Accent.ToHex())),
            ParagraphStyle(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, primary: true,
                paragraph: new StyleParagraphProperties(
                    new KeepNext(),
                    new SpacingBetweenLines { Before = "0", After = Units.TwipsText(theme.ParagraphSpacing * 2) }),
                run: Run(theme.SubtitleSize, bold: false, colour: theme.Text.ToHex())),
            Heading(theme, 1),
            Heading(theme, 2),
            Heading(theme, 3),
            Heading(theme, 4),
            ParagraphStyle(StyleIds.Small, "Small", StyleIds.Normal, primary: true,
                run: Run(theme.SmallSize, bold: false, colour: null)),
            Notice(theme),
            ParagraphStyle(StyleIds.Caption, "caption", StyleIds.Normal, primary: true,
                paragraph: new StyleParagraphProperties(
                    new SpacingBetweenLines { Before = Units.TwipsText(theme.ParagraphSpacing / 2), After = Units.TwipsText(theme.ParagraphSpacing) }),
                run: Run(theme.SmallSize, bold: true, colour: null)),
            HeaderFooter(theme, StyleIds.Header, "header"),
            HeaderFooter(theme, StyleIds.Footer, "footer"),
            ParagraphStyle(StyleIds.ListParagraph, "List Paragraph", StyleIds.Normal, primary: true,
                paragraph: new StyleParagraphProperties(
                    new SpacingBetweenLines { After = Units.TwipsText(theme.ParagraphSpacing / 2) })),
            ParagraphStyle(StyleIds.TableText, "Table Text", StyleIds.Normal, primary: true,
                paragraph: new StyleParagraphProperties(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = Units.LineMultiple(1.1), LineRule = LineSpacingRuleValues.Auto }),
                run: Run(theme.TableSize, bold: false, colour: null)),
            CharacterDefault(),
            Hyperlink(theme),
            TableNormal(),
            NoList(),
            ListStyle(StyleIds.BulletList, "PlanReports Bullets", ListNumbering.BulletsStyleNumId),
            ListStyle(StyleIds.NumberedList, "PlanReports Numbers", ListNumbering.NumbersStyleNumId),
            TableStyles.Grid(theme),
            TableStyles.Layout());
        return styles;
    }

    private static DocDefaults DocDefaults(DocumentTheme theme, string language)
    {
        var spacing = new SpacingBetweenLines
        {
            After = Units.TwipsText(theme.ParagraphSpacing),
            Line = Units.LineMultiple(theme.LineHeight),
            LineRule = LineSpacingRuleValues.Auto,
        };
        var run = new RunPropertiesBaseStyle(
            new RunFonts { Ascii = theme.FontFamily, HighAnsi = theme.FontFamily, ComplexScript = theme.FontFamily, EastAsia = theme.FontFamily },
            new Color { Val = theme.Text.ToHex() },
            new FontSize { Val = Units.HalfPoints(theme.BodySize) },
            new FontSizeComplexScript { Val = Units.HalfPoints(theme.BodySize) },
            new Languages { Val = language, EastAsia = language, Bidi = language });
        return new DocDefaults(
            new RunPropertiesDefault(run),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new WidowControl(), spacing)));
    }

    private static Style Heading(DocumentTheme theme, int level)
    {
        var size = theme.HeadingSizes[Math.Min(level, theme.HeadingSizes.Count) - 1];
        return ParagraphStyle(StyleIds.Heading(level), $"heading {level}", StyleIds.Normal, primary: true,
            paragraph: new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new SpacingBetweenLines { Before = Units.TwipsText(theme.HeadingSpacingBefore), After = Units.TwipsText(theme.ParagraphSpacing), Line = Units.LineMultiple(1.1), LineRule = LineSpacingRuleValues.Auto },
                new OutlineLevel { Val = level - 1 }),
            run: Run(size, bold: true, colour: theme.Accent.ToHex()),
            next: StyleIds.Normal);
    }

    private static Style Notice(DocumentTheme theme)
    {
        var border = theme.NoticeBorder.ToHex();
        var size = Units.BorderEighths(theme.BorderWidth * 3);
        var space = (uint)Math.Round(theme.CellPadding);
        return ParagraphStyle(StyleIds.Notice, "Notice", StyleIds.Normal, primary: true,
            paragraph: new StyleParagraphProperties(
                new KeepLines(),
                new ParagraphBorders(
                    new TopBorder { Val = BorderValues.Single, Size = size, Space = space, Color = border },
                    new LeftBorder { Val = BorderValues.Single, Size = size, Space = space, Color = border },
                    new BottomBorder { Val = BorderValues.Single, Size = size, Space = space, Color = border },
                    new RightBorder { Val = BorderValues.Single, Size = size, Space = space, Color = border }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = theme.NoticeFill.ToHex() },
                new SpacingBetweenLines { Before = Units.TwipsText(theme.ParagraphSpacing * 2), After = Units.TwipsText(theme.ParagraphSpacing * 2) },
                new Indentation { Left = Units.TwipsText(theme.CellPadding * 2), Right = Units.TwipsText(theme.CellPadding * 2) }),
            run: Run(theme.BodySize, bold: true, colour: null));
    }

    private static Style HeaderFooter(DocumentTheme theme, string id, string name) =>
        ParagraphStyle(id, name, StyleIds.Normal, primary: false,
            paragraph: new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0", Line = Units.LineMultiple(1), LineRule = LineSpacingRuleValues.Auto }),
            run: Run(theme.SmallSize, bold: false, colour: null));

    private static Style Hyperlink(DocumentTheme theme) =>
        new(
            new StyleName { Val = "Hyperlink" },
            new BasedOn { Val = StyleIds.DefaultParagraphFont },
            new UnhideWhenUsed(),
            new StyleRunProperties(
                new Color { Val = theme.LinkColour.ToHex() },
                new Underline { Val = UnderlineValues.Single }))
        { Type = StyleValues.Character, StyleId = StyleIds.Hyperlink };

    private static Style CharacterDefault() =>
        new(
            new StyleName { Val = "Default Paragraph Font" },
            new UIPriority { Val = 1 },
            new SemiHidden(),
            new UnhideWhenUsed())
        { Type = StyleValues.Character, StyleId = StyleIds.DefaultParagraphFont, Default = true };

    private static Style TableNormal() =>
        new(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true };

    private static Style NoList() =>
        new(
            new StyleName { Val = "No List" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed())
        { Type = StyleValues.Numbering, StyleId = StyleIds.NoList, Default = true };

    /// <summary>A Word list style: the numbering definition a reader applies from the list library.</summary>
    private static Style ListStyle(string id, string name, int numId) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = StyleIds.NoList },
            new UIPriority { Val = 99 },
            new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = numId })))
        { Type = StyleValues.Numbering, StyleId = id };

    private static StyleRunProperties Run(double size, bool bold, string? colour)
    {
        var properties = new StyleRunProperties();
        if (bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (colour is not null)
        {
            properties.Color = new Color { Val = colour };
        }

        properties.FontSize = new FontSize { Val = Units.HalfPoints(size) };
        properties.FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(size) };
        return properties;
    }

    private static Style ParagraphStyle(
        string id,
        string name,
        string? basedOn,
        bool isDefault = false,
        bool primary = false,
        StyleParagraphProperties? paragraph = null,
        StyleRunProperties? run = null,
        string? next = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        if (primary)
        {
            style.Append(new PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
