namespace PlanReports.Documents.Model;

/// <summary>Paper, margins and the content repeated on pages. Lengths are in points (1/72 inch).</summary>
/// <param name="Width">Page width; A4 is 595.28 pt.</param>
/// <param name="Height">Page height; A4 is 841.89 pt.</param>
/// <param name="Margins">Space between the page edge and the body.</param>
/// <param name="Header">Running header on every page (an artifact, not part of the reading order), or null.</param>
/// <param name="Footer">Running footer on every page, typically with "Page X of Y", or null.</param>
/// <param name="FirstPageLetterhead">Blocks drawn at the top of page one only (for example a letterhead), or empty.</param>
public sealed record PageSetup(
    double Width,
    double Height,
    Margins Margins,
    RunningContent? Header,
    RunningContent? Footer,
    IReadOnlyList<Block> FirstPageLetterhead)
{
    /// <summary>Portrait A4 with 20 mm side margins and no running content.</summary>
    public static PageSetup A4Portrait { get; } =
        new(595.28, 841.89, new Margins(72, 56.7, 72, 56.7), null, null, []);

    /// <summary>Landscape A4, for wide matrices.</summary>
    public static PageSetup A4Landscape { get; } =
        new(841.89, 595.28, new Margins(56.7, 56.7, 56.7, 56.7), null, null, []);
}
