using System.Globalization;
using System.Text;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;

namespace PlanReports.Documents.Html;

/// <summary>
/// Writes a document as one self-contained, semantic HTML5 file: metadata in the head, an embedded stylesheet from
/// the shared theme (screen and print), the running header, the first-page letterhead, the body in a
/// <c>&lt;main&gt;</c>, and the running footer. Everything from the document is escaped; the same document always
/// gives the same bytes (UTF-8 without BOM, "\n" line endings, invariant number formatting).
/// </summary>
public sealed class HtmlRenderer : IDocumentRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly DocumentTheme _theme;

    /// <summary>Creates a renderer using <paramref name="theme"/>, or <see cref="DocumentTheme.Default"/>.</summary>
    public HtmlRenderer(DocumentTheme? theme = null) => _theme = theme ?? DocumentTheme.Default;

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string FileExtension => "html";

    /// <inheritdoc />
    public RenderResult Render(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        var bytes = Utf8.GetBytes(RenderToString(document));
        output.Write(bytes);
        return new RenderResult(null);
    }

    /// <summary>The HTML text of <paramref name="document"/>.</summary>
    public string RenderToString(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);

        var html = new HtmlWriter(_theme);
        var meta = document.Metadata;
        html.Line("<!DOCTYPE html>");
        html.Raw("<html").Attribute("lang", meta.Language).Line(">");
        html.Line("<head>");
        html.Line("<meta charset=\"utf-8\">");
        html.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Raw("<title>").Text(meta.Title).Line("</title>");
        Meta(html, "author", meta.Author);
        Meta(html, "description", meta.Subject);
        Meta(html, "dcterms.date", meta.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (meta.Reference is { } reference)
        {
            Meta(html, "dcterms.identifier", reference);
        }

        if (meta.Keywords is { Count: > 0 } keywords)
        {
            Meta(html, "keywords", string.Join(", ", keywords));
        }

        html.Line("<style>");
        html.Raw(HtmlStyleSheet.Build(_theme, document.Page));
        html.Line("</style>");
        html.Line("</head>");
        html.Line("<body>");
        RunningContentWriter.WriteElement(document.Page.Header, "header", "running-header", html);
        if (document.Page.FirstPageLetterhead.Count > 0)
        {
            // A named region, so the letterhead sits in a landmark like the rest of the page.
            html.Line("<div class=\"letterhead\" role=\"region\" aria-label=\"Letterhead\">");
            html.Blocks(document.Page.FirstPageLetterhead);
            html.Line("</div>");
        }

        html.Line("<main>");
        html.Blocks(document.Body);
        html.Line("</main>");
        RunningContentWriter.WriteElement(document.Page.Footer, "footer", "running-footer", html);
        html.Line("</body>");
        html.Line("</html>");
        return html.ToString();
    }

    private static void Meta(HtmlWriter html, string name, string content) =>
        html.Raw("<meta").Attribute("name", name).Attribute("content", content).Line(">");
}
