using System.Xml;

namespace PlanReports.Docx.Rendering;

/// <summary>
/// WordprocessingML written straight to a part's XmlWriter by the elements that write themselves
/// (<see cref="TextRunElement"/>, <see cref="TableCellPropertiesElement"/>), in the form the Open XML SDK writes:
/// the w: prefix, attributes in schema order.
/// </summary>
internal static class WordXml
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static void Start(XmlWriter x, string name) => x.WriteStartElement("w", name, Namespace);

    public static void Attribute(XmlWriter x, string name, string value) => x.WriteAttributeString("w", name, Namespace, value);

    /// <summary>An element without attributes or content, such as w:b or w:br.</summary>
    public static void Empty(XmlWriter x, string name)
    {
        Start(x, name);
        x.WriteEndElement();
    }

    /// <summary>An element with one w:val attribute, such as w:rStyle or w:color.</summary>
    public static void Value(XmlWriter x, string name, string value)
    {
        Start(x, name);
        Attribute(x, "val", value);
        x.WriteEndElement();
    }

    /// <summary>An attribute when <paramref name="value"/> is given; nothing otherwise.</summary>
    public static void OptionalAttribute(XmlWriter x, string name, string? value)
    {
        if (value is not null)
        {
            Attribute(x, name, value);
        }
    }

    /// <summary>An empty element (w:b, w:keepNext) when <paramref name="on"/>; nothing otherwise.</summary>
    public static void Flag(XmlWriter x, string name, bool on)
    {
        if (on)
        {
            Empty(x, name);
        }
    }

    /// <summary>A w:val element when <paramref name="value"/> is given; nothing otherwise.</summary>
    public static void OptionalValue(XmlWriter x, string name, string? value)
    {
        if (value is not null)
        {
            Value(x, name, value);
        }
    }

    /// <summary>Clear shading in a fill colour (six hex digits), as runs and cells carry it.</summary>
    public static void Shading(XmlWriter x, string fill)
    {
        Start(x, "shd");
        Attribute(x, "val", "clear");
        Attribute(x, "color", "auto");
        Attribute(x, "fill", fill);
        x.WriteEndElement();
    }
}
