namespace PlanReports.Pdf.Layout;

/// <summary>
/// The result of the layout pass: pages, the structure tree rooted at Document, bookmarks and anchors. The writer
/// turns it into PDF objects; nothing in it knows PDF syntax.
/// </summary>
internal sealed record DocumentLayoutResult(
    double PageWidth,
    double PageHeight,
    IReadOnlyList<PageLayout> Pages,
    StructNode Root,
    IReadOnlyList<OutlineEntry> Outlines,
    IReadOnlyDictionary<string, Destination> Destinations);
