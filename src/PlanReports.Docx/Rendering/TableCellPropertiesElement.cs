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
    public TableCellPropertiesElement(int width, int span, string? fill, DashedBorder? rightBorder = null)
        : base("w", "tcPr", WordXml.Namespace)
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
        WordXml.Start(x, "tcPr");
        WordXml.Start(x, "tcW");
        WordXml.Attribute(x, "w", Width.ToString(CultureInfo.InvariantCulture));
        WordXml.Attribute(x, "type", "dxa");
        x.WriteEndElement();
        if (Span > 1)
        {
            WordXml.Value(x, "gridSpan", Span.ToString(CultureInfo.InvariantCulture));
        }

        if (RightBorder is { } border)
        {
            WordXml.Start(x, "tcBorders");
            WordXml.Start(x, "right");
            WordXml.Attribute(x, "val", "dashed");
            WordXml.Attribute(x, "color", border.Colour);
            WordXml.Attribute(x, "sz", border.Eighths.ToString(CultureInfo.InvariantCulture));
            WordXml.Attribute(x, "space", "0");
            x.WriteEndElement();
            x.WriteEndElement();
        }

        if (Fill is not null)
        {
            WordXml.Shading(x, Fill);
        }

        x.WriteEndElement();
    }
}
