using System.Text;
using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// The write pass: turns a finished layout into a PDF 1.7 file with subset fonts, tagged content, structure
/// tree, outlines, links and metadata. Object order is fixed, so equal layouts give equal bytes.
/// </summary>
internal static class PdfDocumentWriter
{
    internal static void Write(DocumentLayoutResult layout, DocumentMetadata metadata, Stream output)
    {
        var store = new PdfObjectStore();
        var catalogId = store.Reserve();
        var pagesId = store.Reserve();
        var pageIds = layout.Pages.Select(_ => store.Reserve()).ToList();

        var fonts = new FontResources(layout.Pages);
        var resourcesId = store.Add($"<</Font <<{fonts.Write(store)}>>>>");

        var annotationIds = new List<IReadOnlyList<int>>();
        var annotationKey = layout.Pages.Count;
        var builder = new ContentStreamBuilder(fonts, layout.PageHeight);
        foreach (var page in layout.Pages)
        {
            var annots = new List<int>();
            foreach (var link in page.Links)
            {
                annots.Add(store.Add(Annotation(link, annotationKey, layout, pageIds)));
                annotationKey++;
            }

            annotationIds.Add(annots);
            var content = store.AddStream(string.Empty, builder.Build(page.Ops));
            var annotsEntry = annots.Count == 0 ? string.Empty : $" /Annots [{string.Join(' ', annots.Select(PdfSyntax.Reference))}]";
            store.Set(pageIds[page.Index],
                $"<</Type /Page /Parent {PdfSyntax.Reference(pagesId)} /MediaBox [0 0 {PdfSyntax.Number(layout.PageWidth)} {PdfSyntax.Number(layout.PageHeight)}]" +
                $" /Resources {PdfSyntax.Reference(resourcesId)} /Contents {PdfSyntax.Reference(content)}" +
                $" /StructParents {PdfSyntax.Integer(page.Index)} /Tabs /S{annotsEntry}>>");
        }

        store.Set(pagesId, $"<</Type /Pages /Kids [{string.Join(' ', pageIds.Select(PdfSyntax.Reference))}] /Count {PdfSyntax.Integer(pageIds.Count)}>>");
        var structRoot = StructureTreeWriter.Write(store, layout, pageIds, annotationIds, layout.Pages.Count);
        var outlines = OutlineWriter.Write(store, layout.Outlines, pageIds, layout.PageHeight);
        var xmp = MetadataWriter.WriteXmp(store, metadata);
        var info = MetadataWriter.WriteInfo(store, metadata);

        var catalog = new StringBuilder("<</Type /Catalog /Pages ").Append(PdfSyntax.Reference(pagesId))
            .Append(" /StructTreeRoot ").Append(PdfSyntax.Reference(structRoot))
            .Append(" /MarkInfo <</Marked true>> /Lang ").Append(PdfSyntax.Text(metadata.Language))
            .Append(" /ViewerPreferences <</DisplayDocTitle true>> /Metadata ").Append(PdfSyntax.Reference(xmp));
        if (outlines is { } o)
        {
            catalog.Append(" /Outlines ").Append(PdfSyntax.Reference(o)).Append(" /PageMode /UseOutlines");
        }

        store.Set(catalogId, catalog.Append(">>").ToString());
        store.WriteTo(output, catalogId, info);
    }

    private static string Annotation(LinkArea link, int key, DocumentLayoutResult layout, IReadOnlyList<int> pageIds)
    {
        var b = link.Box;
        var rect = $"[{PdfSyntax.Number(b.X)} {PdfSyntax.Number(layout.PageHeight - b.Bottom)} {PdfSyntax.Number(b.Right)} {PdfSyntax.Number(layout.PageHeight - b.Y)}]";
        string action;
        if (link.Target.StartsWith('#'))
        {
            var id = link.Target[1..];
            if (!layout.Destinations.TryGetValue(id, out var dest))
            {
                throw new InvalidOperationException(
                    $"The link \"{link.Contents}\" points to #{id}, but no heading in the document has the id '{id}'.");
            }

            action = $"/A <</S /GoTo /D [{PdfSyntax.Reference(pageIds[dest.Page])} /XYZ null {PdfSyntax.Number(layout.PageHeight - dest.Y)} null]>>";
        }
        else
        {
            action = $"/A <</S /URI /URI {PdfSyntax.Ascii(link.Target)}>>";
        }

        var structParent = link.Node is null ? string.Empty : $" /StructParent {PdfSyntax.Integer(key)}";
        return $"<</Type /Annot /Subtype /Link /Rect {rect} /Border [0 0 0] /F 4 /Contents {PdfSyntax.Text(link.Contents)}{structParent} {action}>>";
    }
}
