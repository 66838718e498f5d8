using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Packaging;
using PlanReports.Docx.Page;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Documents.Model;
using PlanReports.Documents.Packaging;
using PlanReports.Documents.Rendering;
using WordDocument = DocumentFormat.OpenXml.Wordprocessing.Document;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace PlanReports.Docx;

/// <summary>
/// Writes a <see cref="Documents.Model.Document"/> as a Word document (Office Open XML, DOCX) with real Word
/// styles, list numbering, header and footer parts with page-number fields, and document properties. The same
/// document always gives the same bytes: ids are counters, dates come from the metadata, and the zip is rewritten
/// with fixed entry times and order.
/// </summary>
public sealed class DocxRenderer : IDocumentRenderer
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private readonly DocumentTheme theme;
    private readonly ITextMeasure? measure;
    private readonly DocxRendererSet renderers = DocxRendererSet.CreateDefault();

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
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            // Parts are stored, not compressed: ReproducibleZip compresses every entry once, as the last step.
            word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            Write(word, document);
        }

        ReproducibleZip.Rewrite(package, output);

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

    private void Write(WordprocessingDocument word, Documents.Model.Document document)
    {
        // Every relationship gets an explicit id: the SDK's generated ids are random.
        var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdDocument");
        var language = Conversion.XmlSafeText.CleanLine(document.Metadata.Language);
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StyleSheet.Build(theme, language);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = SettingsWriter.Build(language, HasContents(document.Body));

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
            body.Append(new Paragraph());
        }

        body.Append(SectionLayout.Build(document.Page, running));
        main.Document = new WordDocument(body);

        // Always written: the list styles in styles.xml refer to it.
        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = context.Numbering.Build();

        CorePropertiesWriter.Write(word.AddNewPart<CoreFilePropertiesPart>("rIdCoreProperties"), document.Metadata);
    }
}
