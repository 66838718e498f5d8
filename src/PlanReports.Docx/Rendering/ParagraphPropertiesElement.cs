using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;

namespace PlanReports.Docx.Rendering;

/// <summary>
/// A paragraph's properties (w:pPr) that write their own XML when the part is saved, as <see cref="TextRunElement"/>
/// does for runs: every paragraph has them, and as SDK elements (ParagraphProperties, ParagraphStyleId, KeepNext,
/// SpacingBetweenLines...) they were about a quarter of a document's elements. Renderers set them while building and
/// afterwards (keep with next, list numbering, alignment in a cell), through <see cref="Paragraphs.Properties"/>. The
/// bytes are those the SDK writes (held equal by ParagraphPropertiesElementTests): pStyle, keepNext, keepLines,
/// pageBreakBefore, numPr, spacing, ind, jc, in schema order.
/// </summary>
internal sealed class ParagraphPropertiesElement : OpenXmlUnknownElement
{
    public ParagraphPropertiesElement()
        : base("w", "pPr", WordXml.Namespace)
    {
    }

    /// <summary>The paragraph style's id (w:pStyle), or null for Normal.</summary>
    public string? StyleId { get; set; }

    /// <summary>Kept on the page of the next paragraph (w:keepNext).</summary>
    public bool KeepNext { get; set; }

    /// <summary>Never split across pages (w:keepLines).</summary>
    public bool KeepLines { get; set; }

    /// <summary>Starts a new page (w:pageBreakBefore).</summary>
    public bool PageBreakBefore { get; set; }

    /// <summary>The paragraph's place in a list, or null.</summary>
    public ListPlace? Numbering { get; set; }

    /// <summary>Spacing other than the style's, or null.</summary>
    public ParagraphSpacing? Spacing { get; set; }

    /// <summary>The left indent in twips (w:ind w:left), or null.</summary>
    public string? IndentLeft { get; set; }

    /// <summary>The alignment (w:jc: "center", "right"), or null for the style's.</summary>
    public string? Justification { get; set; }

    public override OpenXmlElement CloneNode(bool deep) => new ParagraphPropertiesElement
    {
        StyleId = StyleId,
        KeepNext = KeepNext,
        KeepLines = KeepLines,
        PageBreakBefore = PageBreakBefore,
        Numbering = Numbering,
        Spacing = Spacing,
        IndentLeft = IndentLeft,
        Justification = Justification,
    };

    public override void WriteTo(XmlWriter xmlWriter)
    {
        ArgumentNullException.ThrowIfNull(xmlWriter);
        var x = xmlWriter;
        WordXml.Start(x, "pPr");
        WordXml.OptionalValue(x, "pStyle", StyleId);
        WordXml.Flag(x, "keepNext", KeepNext);
        WordXml.Flag(x, "keepLines", KeepLines);
        WordXml.Flag(x, "pageBreakBefore", PageBreakBefore);
        if (Numbering is { } place)
        {
            WordXml.Start(x, "numPr");
            WordXml.Value(x, "ilvl", place.Level.ToString(CultureInfo.InvariantCulture));
            WordXml.Value(x, "numId", place.NumberingId.ToString(CultureInfo.InvariantCulture));
            x.WriteEndElement();
        }

        if (Spacing is { } spacing)
        {
            WordXml.Start(x, "spacing");
            WordXml.OptionalAttribute(x, "before", spacing.Before);
            WordXml.OptionalAttribute(x, "after", spacing.After);
            WordXml.OptionalAttribute(x, "line", spacing.Line);
            WordXml.OptionalAttribute(x, "lineRule", spacing.LineRule);
            x.WriteEndElement();
        }

        if (IndentLeft is not null)
        {
            WordXml.Start(x, "ind");
            WordXml.Attribute(x, "left", IndentLeft);
            x.WriteEndElement();
        }

        WordXml.OptionalValue(x, "jc", Justification);
        x.WriteEndElement();
    }
}
