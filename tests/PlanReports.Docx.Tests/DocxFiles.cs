using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Tests;

/// <summary>Renders documents to bytes and opens them again, for the tests.</summary>
internal static class DocxFiles
{
    public static byte[] Render(Document document, PlanReports.Documents.Rendering.ITextMeasure? measure = null)
    {
        using var output = new MemoryStream();
        new DocxRenderer(PlanReports.Documents.Rendering.DocumentTheme.Default, measure).Render(document, output);
        return output.ToArray();
    }

    /// <summary>Fails, listing every error, unless the Office 2019 validator finds none.</summary>
    public static void AssertValid(WordprocessingDocument word)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    /// <summary>Opens rendered bytes read-only; dispose the result (it owns the stream).</summary>
    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
}
