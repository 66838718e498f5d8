using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout;

/// <summary>
/// What a block inherits from where it sits: the structure element it belongs to (null: an artifact), the text
/// size and colour, and whether text is bold (header cells).
/// </summary>
internal sealed record BlockContext(StructNode? Parent, double Size, Colour Colour, bool Bold = false, int ListDepth = 0);
