using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;

namespace PlanReports.Docx.Rendering;

/// <summary>
/// A table cell's properties (w:tcPr) that write their own XML when the part is saved, as
/// <see cref="TextRunElement"/> does for runs: every cell has them, and as SDK elements (TableCellProperties,
/// TableCellWidth, GridSpan, Shading) they cost more than the cell's text. The bytes are those the SDK writes
/// (held equal by TableCellPropertiesElementTests): width in twips, the span when wider than one column, a dashed right
/// border when asked for, then the shading, in schema order.
/// </summary>
internal sealed class TableCellPropertiesElement : OpenXmlUnknownElement
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public TableCellPropertiesElement(int width, int span, string? fill, DashedBorder? rightBorder = null)
        : base("w", "tcPr", WordNamespace)
    {
        Width = width;
        Span = span;
        Fill = fill;
        RightBorder = rightBorder;
    }

    /// <summary>The cell's width in twips.</summary>
    public int Width { get; }

    /// <summary>The grid columns the cell spans.</summary>
    public int Span { get; }

    /// <summary>The shading as six hex digits (clear pattern), or null.</summary>
    public string? Fill { get; }

    /// <summary>A dashed line down the right edge (a chart's reference line), or null.</summary>
    public DashedBorder? RightBorder { get; }

    public override OpenXmlElement CloneNode(bool deep) => new TableCellPropertiesElement(Width, Span, Fill, RightBorder);

    public override void WriteTo(XmlWriter xmlWriter)
    {
        ArgumentNullException.ThrowIfNull(xmlWriter);
        var x = xmlWriter;
        x.WriteStartElement("w", "tcPr", WordNamespace);
        x.WriteStartElement("w", "tcW", WordNamespace);
        x.WriteAttributeString("w", "w", WordNamespace, Width.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("w", "type", WordNamespace, "dxa");
        x.WriteEndElement();
        if (Span > 1)
        {
            x.WriteStartElement("w", "gridSpan", WordNamespace);
            x.WriteAttributeString("w", "val", WordNamespace, Span.ToString(CultureInfo.InvariantCulture));
            x.WriteEndElement();
        }

        if (RightBorder is { } border)
        {
            x.WriteStartElement("w", "tcBorders", WordNamespace);
            x.WriteStartElement("w", "right", WordNamespace);
            x.WriteAttributeString("w", "val", WordNamespace, "dashed");
            x.WriteAttributeString("w", "color", WordNamespace, border.Colour);
            x.WriteAttributeString("w", "sz", WordNamespace, border.Eighths.ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("w", "space", WordNamespace, "0");
            x.WriteEndElement();
            x.WriteEndElement();
        }

        if (Fill is not null)
        {
            x.WriteStartElement("w", "shd", WordNamespace);
            x.WriteAttributeString("w", "val", WordNamespace, "clear");
            x.WriteAttributeString("w", "color", WordNamespace, "auto");
            x.WriteAttributeString("w", "fill", WordNamespace, Fill);
            x.WriteEndElement();
        }

        x.WriteEndElement();
    }
}
