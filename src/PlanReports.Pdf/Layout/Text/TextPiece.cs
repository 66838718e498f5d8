using PlanReports.Documents.Model;
using PlanReports.Pdf.Fonts;

namespace PlanReports.Pdf.Layout.Text;

/// <summary>
/// The unit of line breaking: a word with its trailing spaces (or a word part ending in a hyphen, or a badge).
/// <see cref="Trimmed"/> is the glyphs without trailing spaces, used when the piece ends a line. A struct: a
/// paragraph has one per word, and they live only while its lines are broken.
/// </summary>
internal readonly record struct TextPiece(
    ShapedGlyph[] Glyphs,
    ShapedGlyph[] Trimmed,
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
