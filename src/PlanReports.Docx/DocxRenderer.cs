using System.Collections.Concurrent;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Packaging;
using PlanReports.Docx.Page;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using WordDocument = DocumentFormat.OpenXml.Wordprocessing.Document;

namespace PlanReports.Docx;

/// <summary>
/// Writes a <see cref="Documents.Model.Document"/> as a Word document (Office Open XML, DOCX) with real Word
/// styles, list numbering, header and footer parts with page-number fields, and document properties. The same
/// document always gives the same bytes: ids are counters, dates come from the metadata, and the zip has fixed entry
/// times and order. The SDK's typed elements model each part's XML; the package around them is written directly
/// (<see cref="DocxPackage"/>), not through the SDK's System.IO.Packaging.
/// </summary>
public sealed class DocxRenderer : IDocumentRenderer
{
    /// <summary>Languages whose styles.xml is kept; a run renders in one or two.</summary>
    private const int MaxCachedStyleSheets = 8;

    private readonly DocumentTheme theme;
    private readonly ITextMeasure? measure;
    private readonly DocxRendererSet renderers = DocxRendererSet.CreateDefault();

    /// <summary>styles.xml by document language: the same bytes for every document in that language.</summary>
    private readonly ConcurrentDictionary<string, byte[]> styleSheets = new(StringComparer.Ordinal);

    /// <summary>A renderer using the shared PlanReports theme.</summary>
    public DocxRenderer()
        : this(DocumentTheme.Default)
    {
    }

    /// <summary>A renderer using the shared theme, sizing table columns with <paramref name="measure"/>.</summary>
    public DocxRenderer(ITextMeasure measure)
        : this(DocumentTheme.Default, measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
    }

    /// <summary>
    /// A renderer using the given theme (fonts, sizes, spacing, colours). With a <paramref name="measure"/> (the PDF
    /// renderer's), no table column is narrower than its longest word, as in the PDF; without one, columns share the
    /// width by their relative widths alone.
    /// </summary>
    public DocxRenderer(DocumentTheme theme, ITextMeasure? measure = null)
    {
        ArgumentNullException.ThrowIfNull(theme);
        this.theme = theme;
        this.measure = measure;
    }

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string FileExtension => "docx";

    /// <inheritdoc />
    public RenderResult Render(Documents.Model.Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        Write(document).Save(output);

        // Word paginates when it opens the file; the DOCX itself has no fixed page count.
        return new RenderResult(null);
    }

    /// <summary>True when a contents list (a TOC field, to be updated on opening) is anywhere in <paramref name="blocks"/>.</summary>
    private static bool HasContents(IEnumerable<Documents.Model.Block> blocks) => blocks.Any(b => b switch
    {
        Documents.Model.TableOfContents => true,
        Documents.Model.Section s => HasContents(s.Blocks),
        Documents.Model.KeepTogether k => HasContents(k.Blocks),
        _ => false,
    });

    private DocxPackage Write(Documents.Model.Document document)
    {
        // Every relationship gets an explicit id, the same on every run.
        var package = new DocxPackage();
        var main = package.AddPart(DocxPartType.MainDocument, "rIdDocument");
        var language = Conversion.XmlSafeText.CleanLine(document.Metadata.Language);
        main.AddPart(DocxPartType.Styles, "rIdStyles").SetContent(StyleSheetXml(language));
        main.AddPart(DocxPartType.Settings, "rIdSettings").SetContent(SettingsWriter.Build(language, HasContents(document.Body)));

        var context = new DocxContext
        {
            Renderers = renderers,
            Theme = theme,
            Ids = new DocxIds(),
            Numbering = new ListNumbering(theme),
            Part = main,
            AvailableWidth = SectionLayout.TextWidth(document.Page),
            TextMeasure = measure,
        };

        var running = RunningContentWriter.Write(main, document.Page, context);
        var body = new Body(context.RenderBlocks(document.Body));
        if (body.LastChild is DocumentFormat.OpenXml.Wordprocessing.Table)
        {
            body.Append(new Rendering.ParagraphElement());
        }

        body.Append(SectionLayout.Build(document.Page, running));
        main.SetContent(new WordDocument(body));

        // Always written: the list styles in styles.xml refer to it.
        main.AddPart(DocxPartType.Numbering, "rIdNumbering").SetContent(context.Numbering.Build());

        var metadata = document.Metadata;
        package.AddPart(DocxPartType.CoreProperties, "rIdCoreProperties").SetContent(stream => CorePropertiesWriter.Write(stream, metadata));
        return package;
    }

    private byte[] StyleSheetXml(string language)
    {
        if (styleSheets.TryGetValue(language, out var cached))
        {
            return cached;
        }

        using var stream = new MemoryStream();
        StyleSheet.Build(theme, language).Save(stream);
        var bytes = stream.ToArray();
        if (styleSheets.Count < MaxCachedStyleSheets)
        {
            styleSheets.TryAdd(language, bytes);
        }

        return bytes;
    }
}
