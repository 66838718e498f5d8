using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Packaging;

/// <summary>
/// docProps/core.xml from the document metadata: title, creator, subject, keywords, language, the reference as
/// identifier, and created/modified both set to the document's own date (never the clock), with no revision number,
/// so the file is the same on every run.
/// </summary>
internal static class CorePropertiesWriter
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(CoreFilePropertiesPart part, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(metadata);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, XmlSafeText.CleanLine(metadata.Title));
        xml.WriteElementString("dc", "subject", Dc, XmlSafeText.CleanLine(metadata.Subject));
        xml.WriteElementString("dc", "creator", Dc, XmlSafeText.CleanLine(metadata.Author));
        if (metadata.Keywords is { Count: > 0 } keywords)
        {
            xml.WriteElementString("cp", "keywords", Cp, string.Join("; ", keywords.Select(XmlSafeText.CleanLine)));
        }

        if (metadata.Reference is { Length: > 0 } reference)
        {
            xml.WriteElementString("dc", "identifier", Dc, XmlSafeText.CleanLine(reference));
        }

        xml.WriteElementString("dc", "language", Dc, XmlSafeText.CleanLine(metadata.Language));
        xml.WriteElementString("cp", "lastModifiedBy", Cp, XmlSafeText.CleanLine(metadata.Author));
        var date = metadata.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
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
