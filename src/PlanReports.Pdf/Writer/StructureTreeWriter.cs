using PlanReports.Pdf.Layout;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// Writes the structure tree (PDF/UA): one StructElem per node with its kids (elements, marked-content references
/// and link annotations), attributes (/Scope, /ColSpan, /BBox) and /Alt, plus the ParentTree that maps each
/// page's MCIDs and each annotation back to its element. A long document has tens of thousands of elements, so
/// each is written as ASCII bytes into one reused buffer, never as an intermediate string.
/// </summary>
internal static class StructureTreeWriter
{
    /// <summary>Writes the tree; returns the StructTreeRoot object id.</summary>
    internal static int Write(PdfObjectStore store, DocumentLayoutResult layout, IReadOnlyList<int> pageIds, IReadOnlyList<IReadOnlyList<int>> annotationIds, int firstAnnotationKey)
    {
        var rootId = store.Reserve();
        var ids = new Dictionary<StructNode, int>(ReferenceEqualityComparer.Instance);
        Number(layout.Root, store, ids);
        var sb = new AsciiBuilder();
        foreach (var (node, id) in ids)
        {
            sb.Clear();
            Element(sb, node, node.Parent is null ? rootId : ids[node.Parent], ids, layout, pageIds, annotationIds);
            store.Set(id, sb.Written.ToArray());
        }

        // MCIDs are numbered from 0 on each page, so the elements of a page's marked content are an array by MCID.
        sb.Clear();
        sb.Append("<</Nums [");
        var byMcid = new List<StructNode?>();
        var separator = false;
        foreach (var page in layout.Pages)
        {
            byMcid.Clear();
            var ops = page.Ops;
            for (var i = 0; i < ops.Count; i++)
            {
                var op = ops[i];
                if (op.Node is not null)
                {
                    while (byMcid.Count <= op.Mcid)
                    {
                        byMcid.Add(null);
                    }

                    byMcid[op.Mcid] ??= op.Node;
                }
            }

            if (separator)
            {
                sb.Append(' ');
            }

            sb.Append(page.Index).Append(" [");
            var first = true;
            foreach (var node in byMcid)
            {
                if (node is null)
                {
                    continue;
                }

                if (!first)
                {
                    sb.Append(' ');
                }

                Reference(sb, ids[node]);
                first = false;
            }

            sb.Append(']');
            separator = true;
        }

        var key = firstAnnotationKey;
        foreach (var page in layout.Pages)
        {
            foreach (var link in page.Links)
            {
                if (link.Node is not null)
                {
                    sb.Append(' ').Append(key).Append(' ');
                    Reference(sb, ids[link.Node]);
                }

                key++;
            }
        }

        var parentTree = store.Reserve();
        store.Set(parentTree, sb.Append("]>>").Written.ToArray());
        store.Set(rootId, $"<</Type /StructTreeRoot /K [{PdfSyntax.Reference(ids[layout.Root])}] /ParentTree {PdfSyntax.Reference(parentTree)} /ParentTreeNextKey {PdfSyntax.Integer(key)}>>");
        return rootId;
    }

    private static void Number(StructNode node, PdfObjectStore store, Dictionary<StructNode, int> ids)
    {
        ids[node] = store.Reserve();
        var kids = node.Kids;
        for (var i = 0; i < kids.Count; i++)
        {
            if (kids[i] is StructNodeKid k)
            {
                Number(k.Node, store, ids);
            }
        }
    }

    private static void Reference(AsciiBuilder sb, int id) => sb.Append(id).Append(" 0 R");

    private static void Element(AsciiBuilder sb, StructNode node, int parentId, Dictionary<StructNode, int> ids, DocumentLayoutResult layout, IReadOnlyList<int> pageIds, IReadOnlyList<IReadOnlyList<int>> annotationIds)
    {
        sb.Append("<</Type /StructElem /S /").Append(node.Type).Append(" /P ");
        Reference(sb, parentId);
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
                .Append(PdfSyntax.Number(b.Right)).Append(' ').Append(PdfSyntax.Number(layout.PageHeight - b.Y)).Append("]>>")
                .Append(" /Pg ");
            Reference(sb, pageIds[bbox.Page]);
        }

        sb.Append(" /K [");
        var kids = node.Kids;
        for (var i = 0; i < kids.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            switch (kids[i])
            {
                case StructNodeKid k:
                    Reference(sb, ids[k.Node]);
                    break;
                case MarkedContentKid m:
                    sb.Append("<</Type /MCR /Pg ");
                    Reference(sb, pageIds[m.Page]);
                    sb.Append(" /MCID ").Append(m.Mcid).Append(">>");
                    break;
                case AnnotationKid a:
                    sb.Append("<</Type /OBJR /Pg ");
                    Reference(sb, pageIds[a.Page]);
                    sb.Append(" /Obj ");
                    Reference(sb, annotationIds[a.Page][a.Annotation]);
                    sb.Append(">>");
                    break;
            }
        }

        sb.Append("]>>");
    }
}
