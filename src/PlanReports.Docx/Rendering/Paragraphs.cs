using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using TextAlignment = PlanReports.Documents.Model.TextAlignment;

namespace PlanReports.Docx.Rendering;

/// <summary>Small helpers every block renderer uses to build paragraphs.</summary>
internal static class Paragraphs
{
    /// <summary>The paragraph's properties, created in the right place (first child) when missing.</summary>
    public static ParagraphPropertiesElement Properties(ParagraphElement paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.FirstChild is ParagraphPropertiesElement existing)
        {
            return existing;
        }

        var created = new ParagraphPropertiesElement();
        paragraph.PrependChild(created);
        return created;
    }

    /// <summary>A paragraph with its properties and content.</summary>
    public static ParagraphElement Create(ParagraphPropertiesElement properties, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = new ParagraphElement(properties);
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>A paragraph with a style, an alignment and content.</summary>
    public static ParagraphElement Create(string? styleId, TextAlignment alignment, IEnumerable<OpenXmlElement> content) =>
        Create(new ParagraphPropertiesElement { StyleId = styleId, Justification = Justification(alignment) }, content);

    /// <summary>Word's w:jc value for an alignment, or null for left (the styles' own).</summary>
    public static string? Justification(TextAlignment alignment) => alignment switch
    {
        TextAlignment.Centre => "center",
        TextAlignment.Right => "right",
        _ => null,
    };

    /// <summary>Keeps every paragraph of <paramref name="elements"/> (including those in tables) on the page of the next one, except the very last.</summary>
    public static void KeepWithNext(IEnumerable<OpenXmlElement> elements)
    {
        var paragraphs = elements
            .SelectMany(e => e is ParagraphElement p ? [p] : e.Descendants<ParagraphElement>())
            .ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var properties = Properties(paragraphs[i]);
            properties.KeepLines = true;
            if (i < paragraphs.Count - 1)
            {
                properties.KeepNext = true;
            }
        }

        foreach (var row in elements.SelectMany(e => e.Descendants<TableRowElement>()))
        {
            Tables.RowProperties(row).CantSplit();
        }
    }

    /// <summary>
    /// Keeps the end of a rendered block on the page of the next block: its last paragraph (whole, keepLines), or the
    /// paragraphs of its last table row. The block itself may still break across pages before that.
    /// </summary>
    public static void KeepEndWithNext(IReadOnlyList<OpenXmlElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var paragraphs = elements.Count == 0
            ? []
            : elements[^1] switch
            {
                ParagraphElement p => [p],
                DocumentFormat.OpenXml.Wordprocessing.Table t => t.Elements<TableRowElement>().LastOrDefault()?.Descendants<ParagraphElement>().ToList() ?? [],
                var other => other.Descendants<ParagraphElement>().TakeLast(1).ToList(),
            };
        foreach (var paragraph in paragraphs)
        {
            var properties = Properties(paragraph);
            properties.KeepNext = true;
            properties.KeepLines = true;
        }
    }

    /// <summary>
    /// An empty paragraph two paragraph spacings high: the gap after a table. A table has no spacing of its own, and
    /// text under it needs the gap a paragraph's spacing plus its line leading gives between paragraphs.
    /// </summary>
    public static ParagraphElement Spacer(DocumentTheme theme) =>
        new(new ParagraphPropertiesElement { Spacing = new ParagraphSpacing("0", "0", Units.TwipsText(theme.ParagraphSpacing * 2), "exact") });
}
