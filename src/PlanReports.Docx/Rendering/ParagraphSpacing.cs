namespace PlanReports.Docx.Rendering;

/// <summary>
/// A paragraph's spacing (w:spacing) as Word stores it: space before and after in twips, the line height in twips or
/// 240ths of a line, and the rule that says which ("exact", "auto"); a null part is left out.
/// </summary>
internal sealed record ParagraphSpacing(string? Before, string? After, string? Line = null, string? LineRule = null);
