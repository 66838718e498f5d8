using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Text;
using PlanReports.Documents.Rendering;

namespace PlanReports.Docx.Styles;

/// <summary>
/// numbering.xml: one abstract definition for bullets and one for numbers, nine levels each with hanging indents
/// from the theme. Every ordered list gets its own numbering instance that restarts at its Start value, so two
/// numbered lists never continue each other; bulleted lists share one instance.
/// </summary>
internal sealed class ListNumbering
{
    public const int Levels = 9;

    private const int BulletAbstractId = 0;
    private const int OrderedAbstractId = 1;

    // Characters Arial has, so the bullet needs no symbol font: bullet, en dash, small square.
    private static readonly string[] BulletGlyphs = ["\u2022", "\u2013", "\u25AA"];
    private static readonly NumberFormatValues[] OrderedFormats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];

    private readonly DocumentTheme theme;
    private readonly List<(int NumId, int Level, int Start)> ordered = [];
    private int? bulletNumId;
    private int nextNumId = 1;

    public ListNumbering(DocumentTheme theme) => this.theme = theme;

    public bool IsUsed => bulletNumId is not null || ordered.Count > 0;

    /// <summary>The numbering instance for a new list at <paramref name="level"/>.</summary>
    public int NumberingFor(bool isOrdered, int level, int start)
    {
        if (!isOrdered)
        {
            bulletNumId ??= nextNumId++;
            return bulletNumId.Value;
        }

        var id = nextNumId++;
        ordered.Add((id, level, start));
        return id;
    }

    /// <summary>The left indent of text at a list level, in points (the number hangs to its left).</summary>
    public double TextIndent(int level) => theme.ListIndent * (level + 1);

    public Numbering Build()
    {
        var numbering = new Numbering(Abstract(BulletAbstractId, ordered: false), Abstract(OrderedAbstractId, ordered: true));
        var instances = new List<NumberingInstance>();
        if (bulletNumId is { } bullets)
        {
            instances.Add(new NumberingInstance(new AbstractNumId { Val = BulletAbstractId }) { NumberID = bullets });
        }

        foreach (var (numId, level, start) in ordered)
        {
            instances.Add(new NumberingInstance(
                new AbstractNumId { Val = OrderedAbstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level })
            { NumberID = numId });
        }

        numbering.Append(instances.OrderBy(i => i.NumberID!.Value));
        return numbering;
    }

    private AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
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

    /// <summary>The level index clamped to what the definitions hold.</summary>
    public static int ClampLevel(int level) => Math.Clamp(level, 0, Levels - 1);
}
