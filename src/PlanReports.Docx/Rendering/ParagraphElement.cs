using System.Xml;
using DocumentFormat.OpenXml;

namespace PlanReports.Docx.Rendering;

/// <summary>
/// A paragraph (w:p) that writes its own start and end tags when the part is saved and has each child write itself,
/// instead of the SDK's Paragraph, whose saving goes through its name, namespace and attribute accessors. It holds
/// its children in the SDK's tree as any element does, so <c>Descendants&lt;ParagraphElement&gt;()</c> finds it
/// inside tables and cells. Its first child is its <see cref="ParagraphPropertiesElement"/> when it has properties
/// (see <see cref="Paragraphs.Properties"/>). The bytes are those the SDK writes for the same paragraph (held equal by
/// ParagraphElementTests).
/// </summary>
internal sealed class ParagraphElement : OpenXmlUnknownElement
{
    /// <summary>An empty paragraph without properties (w:p written alone).</summary>
    public ParagraphElement()
        : base("w", "p", WordXml.Namespace)
    {
    }

    public ParagraphElement(ParagraphPropertiesElement properties)
        : this()
    {
        AppendChild(properties);
    }

    public override OpenXmlElement CloneNode(bool deep)
    {
        var clone = new ParagraphElement();
        if (deep)
        {
            foreach (var child in ChildElements)
            {
                clone.AppendChild(child.CloneNode(true));
            }
        }

        return clone;
    }

    public override void WriteTo(XmlWriter xmlWriter)
    {
        ArgumentNullException.ThrowIfNull(xmlWriter);
        WordXml.Start(xmlWriter, "p");
        foreach (var child in ChildElements)
        {
            child.WriteTo(xmlWriter);
        }

        xmlWriter.WriteEndElement();
    }
}
