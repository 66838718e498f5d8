using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace PlanReports.Workbooks;

/// <summary>
/// docProps/core.xml: title, subject, creator, and created/modified both set to the submission's due date (never the
/// clock), so the file is the same on every run. Written with an XmlWriter because the SDK has no typed root for it,
/// and System.IO.Packaging's own properties part would get a random name.
/// </summary>
internal static class WorkbookProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(CoreFilePropertiesPart part, WorkbookLayout layout)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, layout.Title);
        xml.WriteElementString("dc", "subject", Dc, $"{layout.RoundName}: {layout.SubmissionName}");
        xml.WriteElementString("dc", "creator", Dc, "PlanReports");
        xml.WriteElementString("dc", "language", Dc, "en-GB");
        var date = layout.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
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
