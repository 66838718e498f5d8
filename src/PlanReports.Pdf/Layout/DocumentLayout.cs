using System.Globalization;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout;

/// <summary>
/// The layout pass: flows the letterhead (page one) and the body through pages of the body area, then, knowing
/// the page count, adds the running header and footer to every page as artifacts ("Page X of Y").
/// </summary>
internal static class DocumentLayout
{
    private const int PageLimit = 100_000;
    private const double RunningGap = 12;

    internal static DocumentLayoutResult Run(Document document, FontSet fonts, DocumentTheme theme)
    {
        var page = document.Page;
        var margins = page.Margins;
        var bodyWidth = page.Width - margins.Left - margins.Right;
        var bodyHeight = page.Height - margins.Top - margins.Bottom;
        if (bodyWidth <= 1 || bodyHeight <= 1)
        {
            throw new InvalidOperationException(
                $"The page setup leaves a body of {bodyWidth:0.#} × {bodyHeight:0.#} pt between the margins; nothing can be laid out.");
        }

        var root = new StructNode("Document", null);
        var factory = new ElementFactory(fonts, theme);
        var context = new BlockContext(root, theme.BodySize, theme.Text);
        var flow = factory.Stack("document body", null, [.. page.FirstPageLetterhead, .. document.Body], context);

        var outlines = new List<OutlineEntry>();
        var destinations = new Dictionary<string, Destination>(StringComparer.Ordinal);
        var canvases = new List<PageCanvas>();
        while (canvases.Count == 0 || !flow.IsComplete)
        {
            if (canvases.Count >= PageLimit)
            {
                throw new InvalidOperationException($"The document did not finish within {PageLimit} pages; the layout is not making progress.");
            }

            var canvas = new PageCanvas(canvases.Count, outlines, destinations);
            flow.Draw(canvas, margins.Left, margins.Top, bodyWidth, bodyHeight, mustProgress: true);
            canvases.Add(canvas);
        }

        var total = canvases.Count;
        var pages = new List<PageLayout>(total);
        foreach (var canvas in canvases)
        {
            var running = new PageCanvas(canvas.PageIndex, [], []);
            DrawRunning(running, page.Header, factory, theme, page, canvas.PageIndex + 1, total, header: true);
            DrawRunning(running, page.Footer, factory, theme, page, canvas.PageIndex + 1, total, header: false);
            var header = running.Ops.Where(o => o.Artifact == ArtifactKind.Header);
            var footer = running.Ops.Where(o => o.Artifact == ArtifactKind.Footer);
            pages.Add(new PageLayout(canvas.PageIndex, [.. header, .. canvas.Ops, .. footer], canvas.Links));
        }

        return new DocumentLayoutResult(page.Width, page.Height, pages, root, outlines, destinations);
    }

    private static void DrawRunning(PageCanvas canvas, RunningContent? content, ElementFactory factory, DocumentTheme theme, PageSetup page, int number, int total, bool header)
    {
        if (content is null || content.Lines.Count == 0)
        {
            return;
        }

        var style = factory.Style(theme.SmallSize, theme.Text);
        string Numbers(PageNumberKind kind) =>
            (kind == PageNumberKind.Current ? number : total).ToString(CultureInfo.InvariantCulture);
        var lines = new List<(ParagraphElement Element, double Height)>();
        var width = page.Width - page.Margins.Left - page.Margins.Right;
        foreach (var line in content.Lines)
        {
            var element = new ParagraphElement("running line", null, factory.Spans(line.Inlines, style, false, false, null, Numbers), style, theme.LineHeight, line.Alignment, null);
            lines.Add((element, element.Measure(width, double.MaxValue, false).Height));
        }

        var height = lines.Sum(l => l.Height);
        var top = header
            ? Math.Max(0, page.Margins.Top - RunningGap - height)
            : Math.Min(page.Height - height, page.Height - page.Margins.Bottom + RunningGap);
        var kind = header ? ArtifactKind.Header : ArtifactKind.Footer;
        var collector = new PageCanvas(canvas.PageIndex, [], []);
        if (!header)
        {
            collector.Draw(new LineOp(page.Margins.Left, top - 4, page.Width - page.Margins.Right, top - 4, theme.Border, theme.BorderWidth), null);
        }

        foreach (var (element, h) in lines)
        {
            element.Draw(collector, page.Margins.Left, top, width, h, true);
            top += h;
        }

        foreach (var op in collector.Ops)
        {
            canvas.Artifact(op.Op, kind);
        }
    }
}
