using System.Text;
using PlanReports.Pdf.Layout;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// Writes the structure tree (PDF/UA): one StructElem per node with its kids (elements, marked-content references
/// and link annotations), attributes (/Scope, /ColSpan, /BBox) and /Alt, plus the ParentTree that maps each
/// page's MCIDs and each annotation back to its element.
/// </summary>
internal static class StructureTreeWriter
{
    /// <summary>Writes the tree; returns the StructTreeRoot object id.</summary>
    internal static int Write(PdfObjectStore store, DocumentLayoutResult layout, IReadOnlyList<int> pageIds, IReadOnlyList<IReadOnlyList<int>> annotationIds, int firstAnnotationKey)
    {
        var rootId = store.Reserve();
        var ids = new Dictionary<StructNode, int>(ReferenceEqualityComparer.Instance);
        Number(layout.Root, store, ids);
        foreach (var (node, id) in ids)
        {
            store.Set(id, Element(node, node.Parent is null ? rootId : ids[node.Parent], ids, layout, pageIds, annotationIds));
        }

        var nums = new StringBuilder("[");
        foreach (var page in layout.Pages)
        {
            var byMcid = new SortedDictionary<int, StructNode>();
            foreach (var op in page.Ops)
            {
                if (op.Node is not null)
                {
                    byMcid.TryAdd(op.Mcid, op.Node);
                }
            }

            nums.Append(PdfSyntax.Integer(page.Index)).Append(" [")
                .Append(string.Join(' ', byMcid.Values.Select(n => PdfSyntax.Reference(ids[n]))))
                .Append("] ");
        }

        var key = firstAnnotationKey;
        foreach (var page in layout.Pages)
        {
            foreach (var link in page.Links)
            {
                if (link.Node is not null)
                {
                    nums.Append(PdfSyntax.Integer(key)).Append(' ').Append(PdfSyntax.Reference(ids[link.Node])).Append(' ');
                }

                key++;
            }
        }

        var parentTree = store.Add($"<</Nums {nums.ToString().TrimEnd()}]>>");
        store.Set(rootId, $"<</Type /StructTreeRoot /K [{PdfSyntax.Reference(ids[layout.Root])}] /ParentTree {PdfSyntax.Reference(parentTree)} /ParentTreeNextKey {PdfSyntax.Integer(key)}>>");
        return rootId;
    }

    private static void Number(StructNode node, PdfObjectStore store, Dictionary<StructNode, int> ids)
    {
        ids[node] = store.Reserve();
        foreach (var kid in node.Kids.OfType<StructNodeKid>())
        {
            Number(kid.Node, store, ids);
        }
    }

    private static string Element(StructNode node, int parentId, Dictionary<StructNode, int> ids, DocumentLayoutResult layout, IReadOnlyList<int> pageIds, IReadOnlyList<IReadOnlyList<int>> annotationIds)
    {
        var sb = new StringBuilder("<</Type /StructElem /S /").Append(node.Type).Append(" /P ").Append(PdfSyntax.Reference(parentId));
        if (node.Alt is not null)
        {
            sb.Append(" /Alt ").Append(PdfSyntax.Text(node.Alt));
        }

        var attributes = new StringBuilder();
        if (node.Scope is not null)
        {
            attributes.Append(" /Scope /").Append(node.Scope);
        }

        if (node.ColumnSpan > 1)
        {
            attributes.Append(" /ColSpan ").Append(PdfSyntax.Integer(node.ColumnSpan));
        }

        if (attributes.Length > 0)
        {
            sb.Append(" /A <</O /Table").Append(attributes).Append(">>");
        }

        if (node.BoundingBox is { } bbox)
        {
            var b = bbox.Box;
            sb.Append(" /A <</O /Layout /BBox [")
                .Append(PdfSyntax.Number(b.X)).Append(' ').Append(PdfSyntax.Number(layout.PageHeight - b.Bottom)).Append(' ')
                .Append(PdfSyntax.Number(b.Right)).Append(' ').Append(PdfSyntax.Number(layout.PageHeight - b.Y)).Append("]>>")
                .Append(" /Pg ").Append(PdfSyntax.Reference(pageIds[bbox.Page]));
        }

        sb.Append(" /K [");
        foreach (var kid in node.Kids)
        {
            switch (kid)
            {
                case StructNodeKid k:
                    sb.Append(PdfSyntax.Reference(ids[k.Node])).Append(' ');
                    break;
                case MarkedContentKid m:
                    sb.Append("<</Type /MCR /Pg ").Append(PdfSyntax.Reference(pageIds[m.Page])).Append(" /MCID ").Append(PdfSyntax.Integer(m.Mcid)).Append(">> ");
                    break;
                case AnnotationKid a:
                    sb.Append("<</Type /OBJR /Pg ").Append(PdfSyntax.Reference(pageIds[a.Page])).Append(" /Obj ").Append(PdfSyntax.Reference(annotationIds[a.Page][a.Annotation])).Append(">> ");
                    break;
            }
        }

        return sb.ToString().TrimEnd() + "]>>";
    }
}
