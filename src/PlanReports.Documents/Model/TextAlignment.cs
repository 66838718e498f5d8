namespace PlanReports.Documents.Model;

/// <summary>Horizontal alignment of a paragraph, line or table cell.</summary>
public enum TextAlignment
{
    Left,
    Centre,
    Right,
}
