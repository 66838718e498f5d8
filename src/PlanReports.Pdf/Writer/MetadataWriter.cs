using System.Security;
using System.Text;
using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Writer;

/// <summary>The document information dictionary and the XMP packet (Dublin Core, dates from the data, PDF/UA-1 id).</summary>
internal static class MetadataWriter
{
    private const string Producer = "PlanReports.Pdf";

    internal static int WriteInfo(PdfObjectStore store, DocumentMetadata meta) => store.Add(
        $"<</Title {PdfSyntax.Text(meta.Title)} /Author {PdfSyntax.Text(meta.Author)} /Subject {PdfSyntax.Text(meta.Subject)}" +
        $" /Keywords {PdfSyntax.Text(Keywords(meta))} /Creator {PdfSyntax.Text("PlanReports")} /Producer {PdfSyntax.Text(Producer)}" +
        $" /CreationDate {PdfSyntax.Date(meta.Date)} /ModDate {PdfSyntax.Date(meta.Date)}>>");

    internal static int WriteXmp(PdfObjectStore store, DocumentMetadata meta)
    {
        var date = PdfSyntax.XmpDate(meta.Date);
        var subjects = string.Concat((meta.Keywords ?? []).Select(k => $"<rdf:li>{X(k)}</rdf:li>"));
        var xml = new StringBuilder()
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
            .Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append($"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{X(meta.Title)}</rdf:li></rdf:Alt></dc:title>\n")
            .Append($"<dc:creator><rdf:Seq><rdf:li>{X(meta.Author)}</rdf:li></rdf:Seq></dc:creator>\n")
            .Append($"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{X(meta.Subject)}</rdf:li></rdf:Alt></dc:description>\n")
            .Append($"<dc:subject><rdf:Bag>{subjects}</rdf:Bag></dc:subject>\n")
            .Append($"<dc:language><rdf:Bag><rdf:li>{X(meta.Language)}</rdf:li></rdf:Bag></dc:language>\n")
            .Append($"<xmp:CreateDate>{date}</xmp:CreateDate>\n<xmp:ModifyDate>{date}</xmp:ModifyDate>\n<xmp:MetadataDate>{date}</xmp:MetadataDate>\n")
            .Append("<xmp:CreatorTool>PlanReports</xmp:CreatorTool>\n")
            .Append($"<pdf:Producer>{Producer}</pdf:Producer>\n<pdf:Keywords>{X(Keywords(meta))}</pdf:Keywords>\n")
            .Append("<pdfuaid:part>1</pdfuaid:part>\n")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");

        // XMP stays uncompressed so that tools which scan for the packet find it.
        return store.AddStream(" /Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(xml.ToString()), compress: false);
    }

    private static string Keywords(DocumentMetadata meta) => string.Join(", ", meta.Keywords ?? []);

    private static string X(string value) => SecurityElement.Escape(value) ?? string.Empty;
}
