using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanReports.Docx.Rendering;

/// <summary>
/// Starts rendered content on a new page. A leading paragraph gets "page break before", which leaves no empty
/// line behind; anything else (a table) gets a break paragraph in front of it.
/// </summary>
internal static class PageBreaks
{
    public static void Before(List<OpenXmlElement> rendered)
    {
        if (rendered.Count > 0 && rendered[0] is ParagraphElement paragraph)
        {
            Paragraphs.Properties(paragraph).PageBreakBefore = true;
            return;
        }

        rendered.Insert(0, BreakParagraph());
    }

    /// <summary>
    /// An empty paragraph one point high that starts a new page: put in front of a table, or at the end of a
    /// container. It breaks with "page break before" rather than w:br, so applying a break to it again is harmless.
    /// </summary>
    public static ParagraphElement BreakParagraph() =>
        new(new ParagraphPropertiesElement { PageBreakBefore = true, Spacing = new ParagraphSpacing("0", "0", "20", "exact") });
}
