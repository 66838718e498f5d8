using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Rendering;

namespace PlanReports.Docx.Rendering;

/// <summary>
/// Starts rendered content on a new page. A leading paragraph gets "page break before", which leaves no empty
/// line behind; anything else (a table) gets a break paragraph in front of it. Also the spacer that separates tables.
/// </summary>
internal static class PageBreaks
{
    public static void Before(List<OpenXmlElement> rendered)
    {
        if (rendered.Count > 0 && rendered[0] is Paragraph paragraph)
        {
            Paragraphs.Properties(paragraph).PageBreakBefore = new PageBreakBefore();
            return;
        }

        rendered.Insert(0, BreakParagraph());
    }

    /// <summary>An empty paragraph exactly one paragraph spacing high: the gap after a table.</summary>
    public static Paragraph Spacer(DocumentTheme theme) =>
        new(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = Units.TwipsText(theme.ParagraphSpacing), LineRule = LineSpacingRuleValues.Exact }));

    /// <summary>An empty paragraph holding a page break, one point high so it takes no visible space.</summary>
    public static Paragraph BreakParagraph() =>
        new(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }),
            new Run(new Break { Type = BreakValues.Page }));
}
