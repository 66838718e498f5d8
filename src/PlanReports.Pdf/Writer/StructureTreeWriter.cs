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
        var tree = new StructureElementWriter(store, layout, pageIds, annotationIds);
        var documentId = tree.WriteNode(layout.Root, rootId);

        // The ParentTree: each page's MCIDs (numbered from 0) in order, then each tagged link annotation's key.
        var sb = tree.Buffer;
        sb.Clear();
        sb.Append("<</Nums [");
        for (var page = 0; page < pageIds.Count; page++)
        {
            if (page > 0)
            {
                sb.Append(' ');
            }

            sb.Append(page).Append(" [");
            var first = true;
            foreach (var id in tree.McidOwners[page])
            {
                if (id == 0)
                {
                    continue;
                }

                if (!first)
                {
                    sb.Append(' ');
                }

                Reference(sb, id);
                first = false;
            }

            sb.Append(']');
        }

        var key = firstAnnotationKey;
        for (var page = 0; page < pageIds.Count; page++)
        {
            foreach (var id in tree.AnnotationOwners[page])
            {
                if (id != 0)
                {
                    sb.Append(' ').Append(key).Append(' ');
                    Reference(sb, id);
                }

                key++;
            }
        }

        var parentTree = store.Reserve();
        store.Set(parentTree, sb.Append("]>>").Written);
        store.Set(rootId, $"<</Type /StructTreeRoot /K [{PdfSyntax.Reference(documentId)}] /ParentTree {PdfSyntax.Reference(parentTree)} /ParentTreeNextKey {PdfSyntax.Integer(key)}>>");
        return rootId;
    }

    internal static void Reference(AsciiBuilder sb, int id) => sb.Append(id).Append(" 0 R");
}
