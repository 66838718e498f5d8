using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using PlanReports.Documents.Packaging;

namespace PlanReports.Docx.Packaging;

/// <summary>
/// docProps/core.xml from the document metadata: title, creator, subject, keywords, language, the reference as
/// identifier, and created/modified both set to the document's own date (never the clock), with no revision number,
/// so the file is the same on every run.
/// </summary>
internal static class CorePropertiesWriter
{
    public static void Write(Stream stream, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(metadata);
        CorePropertiesXml.Write(stream, new PackageCoreProperties(
            Title: XmlSafeText.CleanLine(metadata.Title),
            Subject: XmlSafeText.CleanLine(metadata.Subject),
            Creator: XmlSafeText.CleanLine(metadata.Author),
            Language: XmlSafeText.CleanLine(metadata.Language),
            Date: metadata.Date,
            Keywords: metadata.Keywords?.Select(XmlSafeText.CleanLine).ToList(),
            Identifier: metadata.Reference is { Length: > 0 } reference ? XmlSafeText.CleanLine(reference) : null,
            LastModifiedBy: XmlSafeText.CleanLine(metadata.Author)));
    }
}
