using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Packaging;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Page;

/// <summary>
/// Writes the header and footer parts. The running header and footer go on every page; with a first-page
/// letterhead, page one gets a header of its own holding the letterhead and a copy of the running footer (Word
/// shows no footer on a title page that has no first-page footer of its own).
/// </summary>
internal static class RunningContentWriter
{
    public static RunningParts Write(DocxPart main, PageSetup page, DocxContext context)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var letterhead = page.FirstPageLetterhead;

        var defaultHeader = page.Header is { } header
            ? AddHeader(main, "rIdHeaderDefault", part => Lines(header, StyleIds.Header, context with { Part = part }))
            : null;
        var defaultFooter = page.Footer is { } footer
            ? AddFooter(main, "rIdFooterDefault", part => Lines(footer, StyleIds.Footer, context with { Part = part }))
            : null;
        var firstFooter = page.Footer is { } firstPageFooter && letterhead.Count > 0
            ? AddFooter(main, "rIdFooterFirst", part => Lines(firstPageFooter, StyleIds.Footer, context with { Part = part }))
            : null;
        var firstHeader = letterhead.Count > 0
            ? AddHeader(main, "rIdHeaderFirst", part => (context with { Part = part }).RenderBlocks(letterhead))
            : null;

        return new RunningParts(defaultHeader, defaultFooter, firstHeader, firstFooter);
    }

    private static string AddHeader(DocxPart main, string id, Func<DocxPart, IEnumerable<OpenXmlElement>> content)
    {
        var part = main.AddPart(DocxPartType.Header, id);
        part.SetContent(new Header(EndWithParagraph(content(part))));
        return id;
    }

    private static string AddFooter(DocxPart main, string id, Func<DocxPart, IEnumerable<OpenXmlElement>> content)
    {
        var part = main.AddPart(DocxPartType.Footer, id);
        part.SetContent(new Footer(EndWithParagraph(content(part))));
        return id;
    }

    /// <summary>One paragraph per running line, in the header or footer style, with the line's alignment.</summary>
    private static IEnumerable<OpenXmlElement> Lines(RunningContent content, string styleId, DocxContext scope) =>
        content.Lines.Select(line => Rendering.Paragraphs.Create(styleId, line.Alignment, scope.RenderInlines(line.Inlines)));

    /// <summary>A header or footer must hold at least one paragraph and, like a cell, end with one.</summary>
    private static List<OpenXmlElement> EndWithParagraph(IEnumerable<OpenXmlElement> content)
    {
        var list = content.ToList();
        if (list.Count == 0 || list[^1] is not Rendering.ParagraphElement)
        {
            list.Add(new Rendering.ParagraphElement(new Rendering.ParagraphPropertiesElement { Spacing = new Rendering.ParagraphSpacing("0", "0") }));
        }

        return list;
    }
}
