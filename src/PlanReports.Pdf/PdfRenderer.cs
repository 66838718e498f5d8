using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout;
using PlanReports.Pdf.Native;
using PlanReports.Pdf.Writer;

namespace PlanReports.Pdf;

/// <summary>
/// Renders a document as tagged PDF 1.7 (PDF/UA-1 identification) with Liberation Sans subset fonts. Two passes:
/// layout learns the pages, page count, links, bookmarks and structure tree; the writer then writes the file.
/// Deterministic: the same document gives the same bytes on every run.
/// </summary>
public sealed class PdfRenderer : IDocumentRenderer, IDisposable
{
    private readonly DocumentTheme theme;

    // Loaded on first use and kept: shaping results are cached per face, so later documents reuse them.
    private readonly Lazy<FontSet> fonts = new(FontSet.Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private bool disposed;

    /// <summary>A renderer using the shared PlanReports theme.</summary>
    public PdfRenderer()
        : this(DocumentTheme.Default)
    {
    }

    /// <summary>A renderer using <paramref name="theme"/>.</summary>
    public PdfRenderer(DocumentTheme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        this.theme = theme;
    }

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string FileExtension => "pdf";

    /// <inheritdoc />
    public RenderResult Render(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        NativeLibraryCheck.EnsureSupported();
        ObjectDisposedException.ThrowIf(disposed, this);
        var layout = DocumentLayout.Run(document, fonts.Value, theme);
        PdfDocumentWriter.Write(layout, document.Metadata, output);
        return new RenderResult(layout.Pages.Count);
    }

    /// <summary>Releases the native HarfBuzz fonts.</summary>
    public void Dispose()
    {
        if (!disposed && fonts.IsValueCreated)
        {
            fonts.Value.Dispose();
        }

        disposed = true;
    }
}
