namespace PlanReports.Documents.Model;

/// <summary>A paragraph of running text.</summary>
/// <param name="Inlines">The content.</param>
/// <param name="Alignment">Horizontal alignment.</param>
/// <param name="Style">The paragraph's role; renderers map it to a named style.</param>
public sealed record Paragraph(
    IReadOnlyList<Inline> Inlines,
    TextAlignment Alignment = TextAlignment.Left,
    ParagraphStyle Style = ParagraphStyle.Normal) : Block;
