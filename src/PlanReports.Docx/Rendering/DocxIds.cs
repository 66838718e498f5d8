namespace PlanReports.Docx.Rendering;

/// <summary>
/// Counters for the ids a document needs to be unique (bookmarks, relationships). They start at
/// the same values on every render, so ids are stable and files reproducible; nothing here is random.
/// </summary>
internal sealed class DocxIds
{
    private int bookmark;
    private int relationship;

    public string NextBookmarkId() => (bookmark++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string NextRelationshipId(string prefix) =>
        prefix + (++relationship).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
