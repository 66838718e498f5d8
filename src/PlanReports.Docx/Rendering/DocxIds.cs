namespace PlanReports.Docx.Rendering;

/// <summary>
/// Counters for the ids a document needs to be unique (bookmarks, drawing objects, relationships). They start at
/// the same values on every render, so ids are stable and files reproducible; nothing here is random.
/// </summary>
internal sealed class DocxIds
{
    private int bookmark;
    private uint drawing;
    private int relationship;

    public string NextBookmarkId() => (bookmark++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public uint NextDrawingId() => ++drawing;

    public string NextRelationshipId(string prefix) =>
        prefix + (++relationship).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
