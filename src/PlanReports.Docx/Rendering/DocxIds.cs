namespace PlanReports.Docx.Rendering;

/// <summary>
/// Counters for the ids a document needs to be unique (bookmarks, relationships). They start at
/// the same values on every render, so ids are stable and files reproducible; nothing here is random.
/// </summary>
internal sealed class DocxIds
{
    private int bookmark;
    private int relationship;
    private uint drawing;

    public string NextBookmarkId() => (bookmark++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id of a drawing's wp:docPr, unique in the document.</summary>
    public uint NextDrawingId() => ++drawing;

    public string NextRelationshipId(string prefix) =>
        prefix + (++relationship).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
