using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Documents.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace PlanReports.Docx.Page;

/// <summary>
/// Writes the header and footer parts. The running header and footer go on every page; with a first-page
/// letterhead, page one gets a header of its own holding the letterhead and a copy of the running footer.
/// </summary>
internal static class RunningContentWriter
{
    public static RunningParts Write(MainDocumentPart main, PageSetup page, DocxContext context)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var hasLetterhead = page.FirstPageLetterhead.Count > 0;

        string? defaultHeader = null;
        if (page.Header is { } header)
        {
            defaultHeader = AddHeader(main, "rIdHeaderDefault", Lines(header, StyleIds.Header, context));
        }

        string? defaultFooter = null;
        string? firstFooter = null;
        if (page.Footer is { } footer)
        {
            defaultFooter = AddFooter(main, "rIdFooterDefault", footer, context);
            if (hasLetterhead)
            {
                firstFooter = AddFooter(main, "rIdFooterFirst", footer, context);
            }
        }

        string? firstHeader = null;
        if (hasLetterhead)
        {
            var part = main.AddNewPart<HeaderPart>("rIdHeaderFirst");
            var content = (context with { Part = part }).RenderBlocks(page.FirstPageLetterhead);
            part.Header = new Header(EndWithParagraph(content));
            firstHeader = "rIdHeaderFirst";
        }

        return new RunningParts(defaultHeader, defaultFooter, firstHeader, firstFooter);
    }

    private static string AddHeader(MainDocumentPart main, string id, Func<OpenXmlPart, IEnumerable<OpenXmlElement>> content)
    {
        var part = main.AddNewPart<HeaderPart>(id);
        part.Header = new Header(EndWithParagraph(content(part)));
        return id;
    }

    private static string AddFooter(MainDocumentPart main, string id, RunningContent footer, DocxContext context)
    {
        var part = main.AddNewPart<FooterPart>(id);
        part.Footer = new Footer(EndWithParagraph(Lines(footer, StyleIds.Footer, context)(part)));
        return id;
    }

    /// <summary>One paragraph per running line, in the header or footer style, with the line's alignment.</summary>
    private static Func<OpenXmlPart, IEnumerable<OpenXmlElement>> Lines(RunningContent content, string styleId, DocxContext context) =>
        part =>
        {
            var scope = context with { Part = part };
            return content.Lines.Select(line => Rendering.Paragraphs.Create(styleId, line.Alignment, scope.RenderInlines(line.Inlines)));
        };

    /// <summary>A header or footer must hold at least one paragraph and, like a cell, end with one.</summary>
    private static IEnumerable<OpenXmlElement> EndWithParagraph(IEnumerable<OpenXmlElement> content)
    {
        var list = content.ToList();
        if (list.Count == 0 || list[^1] is not Paragraph)
        {
            list.Add(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" })));
        }

        return list;
    }
}
