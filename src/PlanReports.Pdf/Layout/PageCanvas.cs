using PlanReports.Pdf.Layout.Contents;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout;

/// <summary>
/// Collects what is drawn on one page, in drawing order, and assigns marked-content ids: consecutive ops of the
/// same structure element share one id; ops without an element are artifacts.
/// </summary>
internal sealed class PageCanvas
{
    private readonly List<MarkedOp> ops = [];
    private List<LinkArea> links = [];
    private readonly List<OutlineEntry> outlines;
    private readonly Dictionary<string, Destination> destinations;
    private readonly List<PageNumberSlot> pageNumbers = [];
    private StructNode? lastNode;
    private int nextMcid;

    internal PageCanvas(List<OutlineEntry> outlines, Dictionary<string, Destination> destinations)
    {
        this.outlines = outlines;
        this.destinations = destinations;
    }

    internal int PageIndex { get; private set; }

    internal IReadOnlyList<MarkedOp> Ops => ops;

    internal IReadOnlyList<LinkArea> Links => links;

    /// <summary>Every page number kept for later so far, in page order (kept across pages, unlike the ops).</summary>
    internal IReadOnlyList<PageNumberSlot> PageNumbers => pageNumbers;

    /// <summary>Starts page <paramref name="pageIndex"/>: what was drawn on the previous page is cleared.</summary>
    internal void StartPage(int pageIndex)
    {
        PageIndex = pageIndex;
        ops.Clear();
        if (links.Count > 0)
        {
            links = [];
        }

        lastNode = null;
        nextMcid = 0;
    }

    /// <summary>Draws <paramref name="op"/> as content of <paramref name="node"/>, or as a layout artifact when null.</summary>
    internal void Draw(DrawOp op, StructNode? node)
    {
        if (node is null)
        {
            Artifact(op, ArtifactKind.Layout);
            return;
        }

        if (!ReferenceEquals(node, lastNode))
        {
            node.AddKid(new MarkedContentKid(PageIndex, nextMcid));
            nextMcid++;
            lastNode = node;
        }

        ops.Add(new MarkedOp(op, node, nextMcid - 1, ArtifactKind.None));
    }

    internal void Artifact(DrawOp op, ArtifactKind kind)
    {
        lastNode = null;
        ops.Add(new MarkedOp(op, null, -1, kind));
    }

    /// <summary>Adds a link annotation; a tagged link also records the annotation under its Link element.</summary>
    internal void AddLink(LinkArea link)
    {
        link.Node?.AddKid(new AnnotationKid(PageIndex, links.Count));
        links.Add(link);
    }

    /// <summary>
    /// Keeps room for the number of the page <paramref name="anchor"/> starts on, drawn once the layout is done; its
    /// marked-content id is taken now, so the number reads in its place in <paramref name="node"/>.
    /// </summary>
    internal void ReservePageNumber(string anchor, StructNode? node, TextStyle style, double right, double baseline)
    {
        var mcid = -1;
        if (node is not null)
        {
            node.AddKid(new MarkedContentKid(PageIndex, nextMcid));
            mcid = nextMcid;
            nextMcid++;

            // What is drawn next for the same element is in this stream, the number in another: a new id.
            lastNode = null;
        }

        pageNumbers.Add(new PageNumberSlot(PageIndex, mcid, node, anchor, style, right, baseline));
    }

    internal void AddOutline(int level, string title, double y) =>
        outlines.Add(new OutlineEntry(level, title, new Destination(PageIndex, y)));

    internal void AddDestination(string id, double y) => destinations.TryAdd(id, new Destination(PageIndex, y));
}
