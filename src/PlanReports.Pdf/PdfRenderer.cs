using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout;
using PlanReports.Pdf.Native;
using PlanReports.Pdf.Writer;

namespace PlanReports.Pdf;

/// <summary>
/// Renders a document as tagged PDF 1.7 (PDF/UA-1 identification) with Liberation Sans subset fonts. The layout
/// hands each page to the writer as soon as it is laid out, and the writer writes it at once; what needs the whole
/// document (page count, fonts, links, bookmarks, structure tree) is written at the end.
/// Deterministic: the same document gives the same bytes on every run.
/// </summary>
public sealed class PdfRenderer : IDocumentRenderer, IDisposable
{
    private readonly DocumentTheme theme;

    // Loaded on first use and kept: shaping results are cached per face, so later documents reuse them.
    private readonly Lazy<FontSet> fonts = new(FontSet.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Font subsets made for earlier documents: most documents of a batch use a glyph set another has used.
    private readonly FontFileCache fontFiles = new();
    private readonly FontMeasure measure;
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
        measure = new FontMeasure(() => fonts.Value);
    }

    /// <summary>
    /// Text widths in the fonts this renderer embeds, lent to the DOCX renderer so its table columns are sized by the
    /// same computation as the PDF's (and the same remembered widths). Usable while this renderer is not disposed, from
    /// several threads at once.
    /// </summary>
    public ITextMeasure TextMeasure => measure;

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
        using var writer = new PdfDocumentWriter(output, fonts.Value, fontFiles, document.Page.Height);
        var layout = DocumentLayout.Run(document, fonts.Value, measure, theme, writer);
        writer.Finish(layout, document.Metadata);
        return new RenderResult(layout.PageCount);
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
