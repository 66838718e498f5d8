using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TextAlignment = PlanReports.Documents.Model.TextAlignment;

namespace PlanReports.Docx.Rendering;

/// <summary>Small helpers every block renderer uses to build paragraphs.</summary>
internal static class Paragraphs
{
    /// <summary>The paragraph's properties, created in the right place (first child) when missing.</summary>
    public static ParagraphProperties Properties(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.ParagraphProperties is { } existing)
        {
            return existing;
        }

        var created = new ParagraphProperties();
        paragraph.PrependChild(created);
        return created;
    }

    /// <summary>A paragraph with a style, an alignment and content.</summary>
    public static Paragraph Create(string? styleId, TextAlignment alignment, IEnumerable<OpenXmlElement> content)
    {
        var properties = new ParagraphProperties();
        if (styleId is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = styleId };
        }

        if (Justification(alignment) is { } justification)
        {
            properties.Justification = new Justification { Val = justification };
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    public static JustificationValues? Justification(TextAlignment alignment) => alignment switch
    {
        TextAlignment.Centre => JustificationValues.Center,
        TextAlignment.Right => JustificationValues.Right,
        _ => null,
    };

    /// <summary>Keeps every paragraph of <paramref name="elements"/> (including those in tables) on the page of the next one, except the very last.</summary>
    public static void KeepWithNext(IEnumerable<OpenXmlElement> elements)
    {
        var paragraphs = elements
            .SelectMany(e => e is Paragraph p ? [p] : e.Descendants<Paragraph>())
            .ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var properties = Properties(paragraphs[i]);
            properties.KeepLines ??= new KeepLines();
            if (i < paragraphs.Count - 1)
            {
                properties.KeepNext ??= new KeepNext();
            }
        }

        foreach (var row in elements.SelectMany(e => e.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()))
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
                Paragraph p => [p],
                DocumentFormat.OpenXml.Wordprocessing.Table t => t.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().LastOrDefault()?.Descendants<Paragraph>().ToList() ?? [],
                var other => other.Descendants<Paragraph>().TakeLast(1).ToList(),
            };
        foreach (var paragraph in paragraphs)
        {
            var properties = Properties(paragraph);
            properties.KeepNext ??= new KeepNext();
            properties.KeepLines ??= new KeepLines();
        }
    }

    /// <summary>
    /// An empty paragraph two paragraph spacings high: the gap after a table. A table has no spacing of its own, and
    /// text under it needs the gap a paragraph's spacing plus its line leading gives between paragraphs.
    /// </summary>
    public static Paragraph Spacer(DocumentTheme theme) =>
        new(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = Units.TwipsText(theme.ParagraphSpacing * 2), LineRule = LineSpacingRuleValues.Exact }));
}
