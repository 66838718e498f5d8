using PlanReports.Docx;
using PlanReports.Documents.Html;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf;

namespace PlanReports.Reports;

/// <summary>The output formats the runner can write: one new instance of each renderer per call, so each worker thread has its own.</summary>
public static class DocumentRenderers
{
    /// <summary>A fresh PDF, DOCX and HTML renderer.</summary>
    public static IReadOnlyList<IDocumentRenderer> CreateAll() => [new PdfRenderer(), new DocxRenderer(), new HtmlRenderer()];
}
