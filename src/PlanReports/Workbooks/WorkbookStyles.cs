using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanReports.Workbooks;

/// <summary>
/// The workbook's cell formats: a title, a header row in NHS blue, grey locked reference cells, pale yellow
/// unlocked input cells (text, numbers, dates), shaded cells that do not apply. The constants are the indexes
/// into <see cref="Build"/>'s cell formats.
/// </summary>
internal static class WorkbookStyles
{
    public const uint Normal = 0;
    public const uint Title = 1;
    public const uint Guidance = 2;
    public const uint Header = 3;
    public const uint Reference = 4;
    public const uint InputText = 5;
    public const uint InputNumber = 6;
    public const uint InputDate = 7;
    public const uint NotApplicable = 8;
    public const uint Label = 9;
    public const uint Wrapped = 10;
    public const uint ReferenceDate = 11;
    public const uint InputWhole = 12;

    private const uint DateFormat = 164;

    // Built in: #,##0, so pounds read 5,234,000.
    private const uint ThousandsFormat = 3;

    public static Stylesheet Build()
    {
        var fonts = new Fonts(
            Font(bold: false, size: 10, colour: null),
            Font(bold: true, size: 10, colour: null),
            Font(bold: true, size: 14, colour: null),
            Font(bold: true, size: 10, colour: "FFFFFFFF"));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FF005EB8"),
            Solid("FFF2F2F2"),
            Solid("FFFFF5CC"),
            Solid("FFBFBFBF"));
        var edge = "FFA6A6A6";
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Rgb = edge }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Rgb = edge }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Rgb = edge }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Rgb = edge }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()));

        var formats = new CellFormats(
            Format(0, 0, 0, 0, locked: true, wrap: false),
            Format(2, 0, 0, 0, locked: true, wrap: false),
            Format(0, 0, 0, 0, locked: true, wrap: false),
            Format(3, 2, 1, 0, locked: true, wrap: true),
            Format(0, 3, 1, 0, locked: true, wrap: true),
            Format(0, 4, 1, 0, locked: false, wrap: true),
            Format(0, 4, 1, 0, locked: false, wrap: false),
            Format(0, 4, 1, DateFormat, locked: false, wrap: false),
            Format(0, 5, 1, 0, locked: true, wrap: false),
            Format(1, 0, 0, 0, locked: true, wrap: false),
            Format(0, 0, 0, 0, locked: true, wrap: true),
            Format(0, 3, 1, DateFormat, locked: true, wrap: false),
            Format(0, 4, 1, ThousandsFormat, locked: false, wrap: false));

        // Counts are stated, as Excel writes them.
        fonts.Count = (uint)fonts.ChildElements.Count;
        fills.Count = (uint)fills.ChildElements.Count;
        borders.Count = (uint)borders.ChildElements.Count;
        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold, double size, string? colour)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(colour is null ? new Color { Theme = 1 } : new Color { Rgb = colour });
        font.Append(new FontName { Val = "Arial" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint font, uint fill, uint border, uint numberFormat, bool locked, bool wrap) => new(
        new Alignment { WrapText = wrap ? true : null, Vertical = VerticalAlignmentValues.Top },
        new Protection { Locked = locked })
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = fill,
        BorderId = border,
        FormatId = 0,
        ApplyFont = font != 0 ? true : null,
        ApplyFill = fill != 0 ? true : null,
        ApplyBorder = border != 0 ? true : null,
        ApplyNumberFormat = numberFormat != 0 ? true : null,
        ApplyAlignment = true,
        ApplyProtection = true,
    };
}
