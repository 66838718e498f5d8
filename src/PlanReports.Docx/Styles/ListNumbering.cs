using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Rendering;

namespace PlanReports.Docx.Styles;

/// <summary>
/// numbering.xml: one abstract definition for bullets and one for numbers, nine levels each with hanging indents
/// from the theme. Bulleted lists share one instance; every ordered list gets an instance of its own that restarts
/// at its Start value, so two numbered lists never continue each other. The same two definitions are written once
/// more behind the Word list styles ("PlanReports Bullets", "PlanReports Numbers") that a reader editing the
/// document applies from the list library. The lists themselves do not go through those styles: LibreOffice
/// imports a style-linked definition with its own default levels and would draw the wrong bullets.
/// </summary>
internal sealed class ListNumbering
{
    public const int Levels = 9;

    /// <summary>The instance behind the bullet list style.</summary>
    public const int BulletsStyleNumId = 1;

    /// <summary>The instance behind the numbered list style.</summary>
    public const int NumbersStyleNumId = 2;

    /// <summary>The instance every bulleted list shares; ordered lists get their own instances after it.</summary>
    private const int BulletsNumId = 3;

    private const int BulletAbstractId = 0;
    private const int OrderedAbstractId = 1;
    private const int BulletStyleAbstractId = 2;
    private const int OrderedStyleAbstractId = 3;

    // Characters Arial has, so the bullet needs no symbol font: bullet, en dash, small square.
    private static readonly string[] BulletGlyphs = ["\u2022", "\u2013", "\u25AA"];
    private static readonly NumberFormatValues[] OrderedFormats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];

    private readonly DocumentTheme theme;
    private readonly List<(int NumId, int Level, int Start)> ordered = [];
    private int nextNumId = BulletsNumId + 1;

    public ListNumbering(DocumentTheme theme) => this.theme = theme;

    /// <summary>The numbering instance for a new list at <paramref name="level"/>.</summary>
    public int NumberingFor(bool isOrdered, int level, int start)
    {
        if (!isOrdered)
        {
            return BulletsNumId;
        }

        var id = nextNumId++;
        ordered.Add((id, level, start));
        return id;
    }

    /// <summary>The left indent of text at a list level, in points (the number hangs to its left).</summary>
    public double TextIndent(int level) => theme.ListIndent * (level + 1);

    public Numbering Build()
    {
        var numbering = new Numbering(
            Abstract(BulletAbstractId, ordered: false, styleLink: null),
            Abstract(OrderedAbstractId, ordered: true, styleLink: null),
            Abstract(BulletStyleAbstractId, ordered: false, StyleIds.BulletList),
            Abstract(OrderedStyleAbstractId, ordered: true, StyleIds.NumberedList),
            new NumberingInstance(new AbstractNumId { Val = BulletStyleAbstractId }) { NumberID = BulletsStyleNumId },
            new NumberingInstance(new AbstractNumId { Val = OrderedStyleAbstractId }) { NumberID = NumbersStyleNumId },
            new NumberingInstance(new AbstractNumId { Val = BulletAbstractId }) { NumberID = BulletsNumId });
        foreach (var (numId, level, start) in ordered)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = OrderedAbstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level })
            { NumberID = numId });
        }

        return numbering;
    }

    /// <summary>The level index clamped to what the definitions hold.</summary>
    public static int ClampLevel(int level) => Math.Clamp(level, 0, Levels - 1);

    private AbstractNum Abstract(int id, bool ordered, string? styleLink)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        if (styleLink is not null)
        {
            abstractNum.Append(new StyleLink { Val = styleLink });
        }

        for (var level = 0; level < Levels; level++)
        {
            var text = ordered ? $"%{level + 1}." : BulletGlyphs[level % BulletGlyphs.Length];
            var format = ordered ? OrderedFormats[level % OrderedFormats.Length] : NumberFormatValues.Bullet;
            var runProperties = new NumberingSymbolRunProperties(
                new RunFonts { Ascii = theme.FontFamily, HighAnsi = theme.FontFamily, ComplexScript = theme.FontFamily });
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(
                    new Indentation
                    {
                        Left = Units.TwipsText(TextIndent(level)),
                        Hanging = Units.TwipsText(theme.ListIndent),
                    }),
                runProperties)
            { LevelIndex = level });
        }

        return abstractNum;
    }
}
