using PlanReports.Documents.Model;

namespace PlanReports.Documents.Rendering;

/// <summary>
/// Turns a <see cref="Document"/> into one output format. Implementations are deterministic: the same document
/// gives the same bytes on every run (no clock, no randomness, stable ordering).
/// </summary>
public interface IDocumentRenderer
{
    /// <summary>The format name used on the command line and in the manifest: "pdf", "docx" or "html".</summary>
    string Format { get; }

    /// <summary>The file extension without a dot.</summary>
    string FileExtension { get; }

    /// <summary>Writes the document to <paramref name="output"/>.</summary>
    RenderResult Render(Document document, Stream output);
}
