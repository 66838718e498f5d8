using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout;

/// <summary>
/// What a block inherits from where it sits: the structure element it belongs to (null: an artifact), the text
/// size and colour, whether text is bold (header cells), and the alignment of paragraphs that ask for none in
/// particular (left-aligned ones in a right-aligned column).
/// </summary>
internal sealed record BlockContext(StructNode? Parent, double Size, Colour Colour, bool Bold = false, int ListDepth = 0, TextAlignment Alignment = TextAlignment.Left);
