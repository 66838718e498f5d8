using PlanReports.Pdf.Layout;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// Writes structure elements depth first: an element's object number is reserved before its kids' (so numbers
/// follow reading order) and its dictionary is written after them (so their numbers are known). Records, per
/// page, which element owns each MCID and each link annotation, for the ParentTree.
/// </summary>
internal sealed class StructureElementWriter
{
    private readonly PdfObjectStore store;
    private readonly DocumentLayoutResult layout;
    private readonly IReadOnlyList<int> pageIds;
    private readonly IReadOnlyList<IReadOnlyList<int>> annotationIds;

    // Object numbers of the element kids of the elements being written, as a stack shared by every level.
    private readonly List<int> kidIds = [];

    internal StructureElementWriter(PdfObjectStore store, DocumentLayoutResult layout, IReadOnlyList<int> pageIds, IReadOnlyList<IReadOnlyList<int>> annotationIds)
    {
        this.store = store;
        this.layout = layout;
        this.pageIds = pageIds;
        this.annotationIds = annotationIds;
        McidOwners = new List<int>[pageIds.Count];
        AnnotationOwners = new int[pageIds.Count][];
        for (var page = 0; page < pageIds.Count; page++)
        {
            McidOwners[page] = [];
            AnnotationOwners[page] = new int[annotationIds[page].Count];
        }
    }

    /// <summary>The reused ASCII buffer each element is written into.</summary>
    internal AsciiBuilder Buffer { get; } = new();

    /// <summary>Per page, the object number of the element owning each MCID (0: none).</summary>
    internal List<int>[] McidOwners { get; }

    /// <summary>Per page, the object number of the Link element owning each annotation (0: untagged).</summary>
    internal int[][] AnnotationOwners { get; }

    /// <summary>Writes <paramref name="node"/> and its subtree; returns the node's object number.</summary>
    internal int WriteNode(StructNode node, int parentId)
    {
        var id = store.Reserve();
        var kids = node.Kids;
        var firstKid = kidIds.Count;
        for (var i = 0; i < kids.Count; i++)
        {
            switch (kids[i])
            {
                case StructNodeKid k:
                    kidIds.Add(WriteNode(k.Node, id));
                    break;
                case MarkedContentKid m:
                    var owners = McidOwners[m.Page];
                    while (owners.Count <= m.Mcid)
                    {
                        owners.Add(0);
                    }

                    if (owners[m.Mcid] == 0)
                    {
                        owners[m.Mcid] = id;
                    }

                    break;
                case AnnotationKid a:
                    AnnotationOwners[a.Page][a.Annotation] = id;
                    break;
            }
        }

        // The element's page (/Pg): where its figure box is, or else where its first marked content is. Marked
        // content on that page is referred to by its bare MCID, the compact form; elsewhere by an MCR dictionary.
        int? page = node.BoundingBox?.Page;
        for (var i = 0; page is null && i < kids.Count; i++)
        {
            if (kids[i] is MarkedContentKid first)
            {
                page = first.Page;
            }
        }

        var sb = Buffer;
        sb.Clear();
        sb.Append("<</S /").Append(node.Type).Append(" /P ");
        StructureTreeWriter.Reference(sb, parentId);
        if (page is { } pg)
        {
            sb.Append(" /Pg ");
            StructureTreeWriter.Reference(sb, pageIds[pg]);
        }

        if (node.Alt is not null)
        {
            sb.Append(" /Alt ").Append(PdfSyntax.Text(node.Alt));
        }

        if (node.Scope is not null || node.ColumnSpan > 1)
        {
            sb.Append(" /A <</O /Table");
            if (node.Scope is not null)
            {
                sb.Append(" /Scope /").Append(node.Scope);
            }

            if (node.ColumnSpan > 1)
            {
                sb.Append(" /ColSpan ").Append(node.ColumnSpan);
            }

            sb.Append(">>");
        }

        if (node.BoundingBox is { } bbox)
        {
            var b = bbox.Box;
            sb.Append(" /A <</O /Layout /BBox [")
                .Append(PdfSyntax.Number(b.X)).Append(' ').Append(PdfSyntax.Number(layout.PageHeight - b.Bottom)).Append(' ')
                .Append(PdfSyntax.Number(b.Right)).Append(' ').Append(PdfSyntax.Number(layout.PageHeight - b.Y)).Append("]>>");
        }

        sb.Append(kids.Count == 1 ? " /K " : " /K [");
        var nextKid = firstKid;
        for (var i = 0; i < kids.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            switch (kids[i])
            {
                case StructNodeKid:
                    StructureTreeWriter.Reference(sb, kidIds[nextKid++]);
                    break;
                case MarkedContentKid m when m.Page == page:
                    sb.Append(m.Mcid);
                    break;
                case MarkedContentKid m:
                    sb.Append("<</Type /MCR /Pg ");
                    StructureTreeWriter.Reference(sb, pageIds[m.Page]);
                    sb.Append(" /MCID ").Append(m.Mcid).Append(">>");
                    break;
                case AnnotationKid a:
                    sb.Append("<</Type /OBJR /Pg ");
                    StructureTreeWriter.Reference(sb, pageIds[a.Page]);
                    sb.Append(" /Obj ");
                    StructureTreeWriter.Reference(sb, annotationIds[a.Page][a.Annotation]);
                    sb.Append(">>");
                    break;
            }
        }

        sb.Append(kids.Count == 1 ? ">>" : "]>>");
        store.Set(id, sb.Written);
        kidIds.RemoveRange(firstKid, kidIds.Count - firstKid);
        return id;
    }
}
