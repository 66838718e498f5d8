using System.Xml;
using DocumentFormat.OpenXml;

namespace PlanReports.Docx.Rendering;

/// <summary>
/// A WordprocessingML container (a paragraph, a table row or cell) that writes its own start and end tags when the
/// part is saved and has each child write itself, instead of the SDK's typed element, whose saving goes through its
/// name, namespace and attribute accessors for every one of the thousands a document holds. Its children sit in the
/// SDK's tree as any element's do, so <c>Descendants&lt;T&gt;()</c> and <c>Elements&lt;T&gt;()</c> find them and
/// it. The containers carry no attributes, so their bytes are the SDK's: a start tag, the children, an end tag (or
/// one empty tag).
/// </summary>
internal abstract class ContainerElement : OpenXmlUnknownElement
{
    private readonly string name;

    protected ContainerElement(string localName)
        : base("w", localName, WordXml.Namespace)
    {
        name = localName;
    }

    public override OpenXmlElement CloneNode(bool deep)
    {
        var clone = CreateEmpty();
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
        WordXml.Start(xmlWriter, name);
        foreach (var child in ChildElements)
        {
            child.WriteTo(xmlWriter);
        }

        xmlWriter.WriteEndElement();
    }

    /// <summary>A container of the same kind without children, for <see cref="CloneNode"/>.</summary>
    protected abstract ContainerElement CreateEmpty();
}
