namespace PlanReports.Pdf.Layout;

/// <summary>
/// Keeps every page whole (running header, body, running footer), for code that inspects a layout rather than
/// writing it: tests and projections. The PDF writer streams pages instead.
/// </summary>
internal sealed class PageCollector : IPageSink
{
    private readonly List<(MarkedOp[] Body, LinkArea[] Links)> bodies = [];
    private readonly List<PageLayout> pages = [];

    /// <summary>The pages, complete once the layout has finished.</summary>
    internal IReadOnlyList<PageLayout> Pages => pages;

    public void Body(int pageIndex, IReadOnlyList<MarkedOp> ops, IReadOnlyList<LinkArea> links) =>
        bodies.Add(([.. ops], [.. links]));

    public void Running(int pageIndex, IReadOnlyList<MarkedOp> header, IReadOnlyList<MarkedOp> footer, IReadOnlyList<MarkedOp> late)
    {
        var (body, links) = bodies[pageIndex];
        pages.Add(new PageLayout(pageIndex, [.. header, .. body, .. late, .. footer], links));
    }
}
