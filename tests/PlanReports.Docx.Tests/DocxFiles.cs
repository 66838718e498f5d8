using DocumentFormat.OpenXml.Packaging;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Tests;

/// <summary>Renders documents to bytes and opens them again, for the tests.</summary>
internal static class DocxFiles
{
    public static byte[] Render(Document document)
    {
        using var output = new MemoryStream();
        new DocxRenderer().Render(document, output);
        return output.ToArray();
    }

    /// <summary>Opens rendered bytes read-only; dispose the result (it owns the stream).</summary>
    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
}
