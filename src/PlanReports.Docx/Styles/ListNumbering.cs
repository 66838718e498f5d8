using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Rendering;

namespace PlanReports.Docx.Styles;

/// <summary>
/// numbering.xml: one abstract definition for bullets and one for numbers, nine levels each with hanging indents
/// from the theme, each linked to a Word list style ("PlanReports Bullets", "PlanReports Numbers") so a reader
/// editing the document can apply them. Bulleted lists share the bullet style's instance; every ordered list gets
/// an instance of its own that restarts at its Start value, so two numbered lists never continue each other.
/// </summary>
internal sealed class ListNumbering
{
    public const int Levels = 9;

    /// <summary>The instance of the bullet list style, shared by every bulleted list.</summary>
    public const int BulletsNumId = 1;

    /// <summary>The instance of the numbered list style; ordered lists get their own instances after it.</summary>
    public const int NumbersNumId = 2;

    private const int BulletAbstractId = 0;
    private const int OrderedAbstractId = 1;

    // Characters Arial has, so the bullet needs no symbol font: bullet, en dash, small square.
    private static readonly string[] BulletGlyphs = ["\u2022", "\u2013", "\u25AA"];
    private static readonly NumberFormatValues[] OrderedFormats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];

    private readonly DocumentTheme theme;
    private readonly List<(int NumId, int Level, int Start)> ordered = [];
    private int nextNumId = NumbersNumId + 1;

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
            Abstract(BulletAbstractId, ordered: false, StyleIds.BulletList),
            Abstract(OrderedAbstractId, ordered: true, StyleIds.NumberedList),
            new NumberingInstance(new AbstractNumId { Val = BulletAbstractId }) { NumberID = BulletsNumId },
            new NumberingInstance(new AbstractNumId { Val = OrderedAbstractId }) { NumberID = NumbersNumId });
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

    private AbstractNum Abstract(int id, bool ordered, string styleId)
    {
        var abstractNum = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new StyleLink { Val = styleId })
        { AbstractNumberId = id };
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
