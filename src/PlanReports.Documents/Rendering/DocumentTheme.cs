using PlanReports.Documents.Model;

namespace PlanReports.Documents.Rendering;

/// <summary>
/// The one visual theme every format uses, so a PDF, its DOCX and its HTML look alike: font family, sizes (pt),
/// spacing (pt) and colours. Renderers read these values instead of keeping their own.
/// </summary>
public sealed record DocumentTheme
{
    /// <summary>The font named in DOCX and HTML; the PDF embeds Liberation Sans, which is metric-compatible.</summary>
    public string FontFamily { get; init; } = "Arial";

    /// <summary>Body text size.</summary>
    public double BodySize { get; init; } = 11;

    /// <summary>Line height as a multiple of the font size.</summary>
    public double LineHeight { get; init; } = 1.25;

    /// <summary>Space after a paragraph.</summary>
    public double ParagraphSpacing { get; init; } = 6;

    /// <summary>Title size.</summary>
    public double TitleSize { get; init; } = 20;

    /// <summary>Subtitle size.</summary>
    public double SubtitleSize { get; init; } = 13;

    /// <summary>Heading sizes for levels 1 to 4.</summary>
    public IReadOnlyList<double> HeadingSizes { get; init; } = [16, 13, 11.5, 11];

    /// <summary>Space before a heading.</summary>
    public double HeadingSpacingBefore { get; init; } = 12;

    /// <summary>Small text size (notes, running header and footer, table text).</summary>
    public double SmallSize { get; init; } = 9;

    /// <summary>Text size inside tables.</summary>
    public double TableSize { get; init; } = 9.5;

    /// <summary>Padding inside table cells.</summary>
    public double CellPadding { get; init; } = 4;

    /// <summary>Width of table borders.</summary>
    public double BorderWidth { get; init; } = 0.5;

    /// <summary>Indent of each list level.</summary>
    public double ListIndent { get; init; } = 18;

    /// <summary>Body text colour.</summary>
    public Colour Text { get; init; } = new(0x21, 0x2B, 0x32);

    /// <summary>Heading and accent colour (NHS Blue).</summary>
    public Colour Accent { get; init; } = new(0x00, 0x5E, 0xB8);

    /// <summary>Link colour; underlined as well, so not colour alone.</summary>
    public Colour LinkColour { get; init; } = new(0x00, 0x5E, 0xB8);

    /// <summary>Table header background; header text is <see cref="TableHeaderText"/>.</summary>
    public Colour TableHeaderFill { get; init; } = new(0xE8, 0xED, 0xEE);

    /// <summary>Table header text.</summary>
    public Colour TableHeaderText { get; init; } = new(0x21, 0x2B, 0x32);

    /// <summary>Table borders.</summary>
    public Colour Border { get; init; } = new(0xAE, 0xB7, 0xBD);

    /// <summary>Background of <see cref="ParagraphStyle.Notice"/> paragraphs.</summary>
    public Colour NoticeFill { get; init; } = new(0xFF, 0xF9, 0xC4);

    /// <summary>Border of <see cref="ParagraphStyle.Notice"/> paragraphs.</summary>
    public Colour NoticeBorder { get; init; } = new(0xFF, 0xB8, 0x1C);

    /// <summary>
    /// Chart series colours in series order, from the NHS identity palette (blue, pink, dark green, dark grey, purple,
    /// dark pink), each at least 3:1 against white as WCAG 1.4.11 asks of graphics. Charts also tell series apart by
    /// line style and marker, so no reader depends on colour.
    /// </summary>
    public IReadOnlyList<Colour> ChartPalette { get; init; } =
    [
        new(0x00, 0x5E, 0xB8), new(0xAE, 0x25, 0x73), new(0x00, 0x67, 0x47), new(0x42, 0x55, 0x63), new(0x33, 0x00, 0x72), new(0x7C, 0x28, 0x55),
    ];

    /// <summary>Chart gridlines: faint, behind the data.</summary>
    public Colour ChartGrid { get; init; } = new(0xD8, 0xDD, 0xE0);

    /// <summary>The contrast WCAG 2.1 AA asks of normal-size text (success criterion 1.4.3).</summary>
    public const double MinimumTextContrast = 4.5;

    /// <summary>
    /// The text colour to write on <paramref name="background"/> (a shaded cell, a badge): the body text colour
    /// when it reaches <see cref="MinimumTextContrast"/>, otherwise black or white, whichever contrasts more.
    /// Every format calls this, so a shaded cell reads the same in PDF, DOCX and HTML.
    /// </summary>
    public Colour TextOn(Colour background)
    {
        if (Text.ContrastWith(background) >= MinimumTextContrast)
        {
            return Text;
        }

        return Colour.White.ContrastWith(background) >= Colour.Black.ContrastWith(background) ? Colour.White : Colour.Black;
    }

    /// <summary>The theme all PlanReports documents use.</summary>
    public static DocumentTheme Default { get; } = new();
}
