using System.Globalization;
using System.Text;
using System.Xml;

namespace PlanReports.Documents.Packaging;

/// <summary>
/// Writes docProps/core.xml for every package the project makes (DOCX documents and the Excel templates), so there
/// is one element order and one date form. Written with an XmlWriter because the Open XML SDK has no typed root for
/// the part, and System.IO.Packaging's own properties part would get a random name. Callers pass text already fit
/// for XML (no control characters).
/// </summary>
public static class CorePropertiesXml
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(Stream stream, PackageCoreProperties properties)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(properties);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, properties.Title);
        xml.WriteElementString("dc", "subject", Dc, properties.Subject);
        xml.WriteElementString("dc", "creator", Dc, properties.Creator);
        if (properties.Keywords is { Count: > 0 } keywords)
        {
            xml.WriteElementString("cp", "keywords", Cp, string.Join("; ", keywords));
        }

        if (properties.Identifier is { Length: > 0 } identifier)
        {
            xml.WriteElementString("dc", "identifier", Dc, identifier);
        }

        xml.WriteElementString("dc", "language", Dc, properties.Language);
        if (properties.LastModifiedBy is { } lastModifiedBy)
        {
            xml.WriteElementString("cp", "lastModifiedBy", Cp, lastModifiedBy);
        }

        var date = properties.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, DcTerms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(date);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
