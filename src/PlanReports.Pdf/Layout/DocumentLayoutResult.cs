namespace PlanReports.Pdf.Layout;

/// <summary>
/// What the layout pass learns about the whole document: page size and count, the structure tree rooted at
/// Document, bookmarks and anchors. The pages themselves went to an <see cref="IPageSink"/> as they were laid out.
/// Nothing in it knows PDF syntax.
/// </summary>
internal sealed record DocumentLayoutResult(
    double PageWidth,
    double PageHeight,
    int PageCount,
    StructNode Root,
    IReadOnlyList<OutlineEntry> Outlines,
    IReadOnlyDictionary<string, Destination> Destinations);
