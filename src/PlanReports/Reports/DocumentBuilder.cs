using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Reports;

/// <summary>
/// Turns one report's view model into a <see cref="Document"/>: Liquid fills template.md, the Markdown converter
/// builds the body (components from the view model), the shared letterhead goes on page one, and the running
/// footer carries "Page X of Y" and, for illustrative data, the notice on every page.
/// </summary>
internal sealed class DocumentBuilder(TemplateEngine engine, MarkdownConverter converter)
{
    // Written in footer.md where the page numbers go; each format fills them in per page.
    private const string PageToken = "[page]";
    private const string PagesToken = "[pages]";

    public Document Build(CompiledReport report, ReportModel model, bool illustrative)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(model);
        var definition = report.Definition;
        var title = $"{definition.Title}: {model.Target.OrganisationName}";

        // An empty reference is no reference: the footer and the metadata leave it out.
        var reference = string.IsNullOrEmpty(model.Facts.Reference) ? null : model.Facts.Reference;
        var globals = new Dictionary<string, object>
        {
            ["report"] = new ReportGlobals(definition.Id, definition.Title, title, reference ?? string.Empty, model.Facts.ReferenceLabel),
            ["illustrative"] = illustrative,
        };

        // The notice's words live in _shared/illustrative-notice.md; templates show them as illustrative_notice.
        var notice = string.Join(" ", Lines(engine.Render(report.Notice, model.ViewModel, globals, plainText: true)));
        if (illustrative && notice.Length == 0)
        {
            throw new ReportTemplateException(definition.Id, report.Notice.ShownPath, 1,
                "the illustrative-data notice is empty; documents from illustrative data must say so on every page");
        }

        globals["illustrative_notice"] = notice;
        var body = Convert(report.Body, model.ViewModel, globals);
        var letterhead = report.Letterhead is null ? [] : Convert(report.Letterhead, model.ViewModel, globals);

        var footerLines = Lines(engine.Render(report.Footer, model.ViewModel, globals, plainText: true))
            .Select(l => new RunningLine(WithPageNumbers(l), TextAlignment.Centre))
            .ToList();
        if (illustrative)
        {
            footerLines.Insert(0, new RunningLine([new TextRun(notice, Bold: true)], TextAlignment.Centre));
        }

        var basePage = definition.Orientation == PageOrientation.Landscape ? PageSetup.A4Landscape : PageSetup.A4Portrait;
        var page = basePage with
        {
            Footer = footerLines.Count > 0 ? new RunningContent(footerLines) : null,
            FirstPageLetterhead = letterhead,
        };
        var metadata = new DocumentMetadata(
            title,
            model.Facts.Author,
            model.Facts.Subject,
            model.Facts.Date,
            "en-GB",
            reference,
            [definition.Id, model.Target.OrganisationCode, model.Target.OrganisationName]);
        return new Document(metadata, page, body);
    }

    private IReadOnlyList<Block> Convert(ParsedTemplate template, object viewModel, Dictionary<string, object> globals)
    {
        var markdown = engine.Render(template, viewModel, globals);
        try
        {
            return converter.Convert(markdown, template.Report, template.ShownPath, viewModel);
        }
        catch (DocumentTemplateException e)
        {
            // The converter counts lines of the Markdown Liquid produced; say so, since loops can shift them.
            throw new ReportTemplateException(template.Report, template.ShownPath + " (as filled in by Liquid)", e.Line, e.Rule, e);
        }
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static List<Inline> WithPageNumbers(string line)
    {
        var inlines = new List<Inline>();
        var rest = line;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf(PageToken, StringComparison.Ordinal);
            var pages = rest.IndexOf(PagesToken, StringComparison.Ordinal);
            var (at, token, kind) = (page, pages) switch
            {
                ( < 0, < 0) => (-1, string.Empty, PageNumberKind.Current),
                ( >= 0, < 0) => (page, PageToken, PageNumberKind.Current),
                ( < 0, >= 0) => (pages, PagesToken, PageNumberKind.Total),
                _ => page < pages ? (page, PageToken, PageNumberKind.Current) : (pages, PagesToken, PageNumberKind.Total),
            };
            if (at < 0)
            {
                inlines.Add(new TextRun(rest));
                break;
            }

            if (at > 0)
            {
                inlines.Add(new TextRun(rest[..at]));
            }

            inlines.Add(new PageNumberField(kind));
            rest = rest[(at + token.Length)..];
        }

        return inlines;
    }
}
