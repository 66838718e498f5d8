using PlanReports.Documents.Model;
using PlanReports.Pdf.Fonts;

namespace PlanReports.Pdf.Layout.Text;

/// <summary>
/// The unit of line breaking: a word with its trailing spaces (or a word part ending in a hyphen, or a badge).
/// <see cref="Trimmed"/> is the glyphs without trailing spaces, used when the piece ends a line.
/// </summary>
internal sealed record TextPiece(
    IReadOnlyList<ShapedGlyph> Glyphs,
    IReadOnlyList<ShapedGlyph> Trimmed,
    double Width,
    double TrimmedWidth,
    TextStyle Style,
    LinkInfo? Link,
    Colour? BadgeFill,
    bool IsBreak)
{
    /// <summary>Horizontal padding inside a badge.</summary>
    internal const double BadgePadding = 3;
}
