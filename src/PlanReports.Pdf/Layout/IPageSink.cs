namespace PlanReports.Pdf.Layout;

/// <summary>
/// Receives pages as the layout finishes them, so a long document is never held whole: each body page as soon as
/// it is laid out, then, once the page count is known, each page's running header and footer ("Page X of Y") and
/// the page numbers of contents entries.
/// The lists passed in are reused for the next page; a sink that keeps them must copy them.
/// </summary>
internal interface IPageSink
{
    /// <summary>Page <paramref name="pageIndex"/>'s body: its drawing in order and its link areas. Pages arrive in order.</summary>
    void Body(int pageIndex, IReadOnlyList<MarkedOp> ops, IReadOnlyList<LinkArea> links);

    /// <summary>
    /// Page <paramref name="pageIndex"/>'s running header and footer, artifacts drawn before and after the body, and
    /// <paramref name="late"/>: tagged content that needed the page count or later pages (a contents entry's page number).
    /// </summary>
    void Running(int pageIndex, IReadOnlyList<MarkedOp> header, IReadOnlyList<MarkedOp> footer, IReadOnlyList<MarkedOp> late);
}
