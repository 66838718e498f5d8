using PlanReports.Docx;
using PlanReports.Documents.Html;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf;

namespace PlanReports.Reports;

/// <summary>The output formats the runner can write: one new instance of each renderer per call, so each worker thread has its own.</summary>
public static class DocumentRenderers
{
    /// <summary>A fresh PDF, DOCX and HTML renderer; the DOCX renderer sizes table columns with the PDF's fonts.</summary>
    public static IReadOnlyList<IDocumentRenderer> CreateAll()
    {
        var pdf = new PdfRenderer();
        return [pdf, new DocxRenderer(pdf.TextMeasure), new HtmlRenderer()];
    }
}
