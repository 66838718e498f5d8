using System.Globalization;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout.Contents;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout;

/// <summary>
/// The layout pass: flows the letterhead (page one) and the body through pages of the body area, then, knowing
/// the page count, adds the running header and footer to every page as artifacts ("Page X of Y") and the page numbers
/// of contents entries, whose targets may lie on later pages.
/// </summary>
internal static class DocumentLayout
{
    private const int PageLimit = 100_000;
    private const double RunningGap = 12;

    /// <summary>Lays out <paramref name="document"/> and keeps every page, for inspecting the layout.</summary>
    internal static (DocumentLayoutResult Layout, IReadOnlyList<PageLayout> Pages) Collect(Document document, FontSet fonts, DocumentTheme theme)
    {
        var collector = new PageCollector();
        var layout = Run(document, fonts, new FontMeasure(() => fonts), theme, collector);
        return (layout, collector.Pages);
    }

    /// <summary>Lays out <paramref name="document"/>, handing each page to <paramref name="sink"/> as soon as it is finished.</summary>
    internal static DocumentLayoutResult Run(Document document, FontSet fonts, FontMeasure measure, DocumentTheme theme, IPageSink sink)
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
        var factory = new ElementFactory(fonts, measure, theme);
        var context = new BlockContext(root, theme.BodySize, theme.Text);
        var flow = factory.Stack("document body", null, [.. page.FirstPageLetterhead, .. document.Body], context);

        var outlines = new List<OutlineEntry>();
        var destinations = new Dictionary<string, Destination>(StringComparer.Ordinal);

        // One canvas for every page: its lists are cleared, not reallocated, when the next page starts.
        var canvas = new PageCanvas(outlines, destinations);
        var total = 0;
        while (total == 0 || !flow.IsComplete)
        {
            if (total >= PageLimit)
            {
                throw new InvalidOperationException($"The document did not finish within {PageLimit} pages; the layout is not making progress.");
            }

            canvas.StartPage(total);
            flow.Draw(canvas, margins.Left, margins.Top, bodyWidth, bodyHeight, mustProgress: true);
            sink.Body(total, canvas.Ops, canvas.Links);
            total++;
        }

        var header = new PageCanvas([], []);
        var footer = new PageCanvas([], []);
        var late = new List<MarkedOp>();
        var slot = 0;
        for (var index = 0; index < total; index++)
        {
            header.StartPage(index);
            footer.StartPage(index);
            DrawRunning(header, page.Header, factory, theme, page, index + 1, total, isHeader: true);
            DrawRunning(footer, page.Footer, factory, theme, page, index + 1, total, isHeader: false);
            slot = PageNumberSlots.Draw(canvas.PageNumbers, slot, index, destinations, late);
            sink.Running(index, header.Ops, footer.Ops, late);
        }

        return new DocumentLayoutResult(page.Width, page.Height, total, root, outlines, destinations);
    }

    private static void DrawRunning(PageCanvas canvas, RunningContent? content, ElementFactory factory, DocumentTheme theme, PageSetup page, int number, int total, bool isHeader)
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
        var top = isHeader
            ? Math.Max(0, page.Margins.Top - RunningGap - height)
            : Math.Min(page.Height - height, page.Height - page.Margins.Bottom + RunningGap);
        var kind = isHeader ? ArtifactKind.Header : ArtifactKind.Footer;
        var collector = new PageCanvas([], []);
        collector.StartPage(canvas.PageIndex);
        if (!isHeader)
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
