using System.Text;
using PlanReports.Documents.Model;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// The write pass, fed page by page as the layout finishes pages: each page's content stream is built, compressed
/// and written at once, so its drawing can be dropped. A page's content is three streams (running header, body,
/// running footer), because the footer's "Page X of Y" is known only after the last page (a page with contents
/// entries has a fourth, after the body, with their page numbers, tagged content of their entries); a running stream equal
/// to one already written (a header without page numbers) is written once and shared. <see cref="Finish"/> then
/// writes the fonts subset to the glyphs used, page objects, links, structure tree, outlines and metadata. Object
/// order is fixed, so equal documents give equal bytes.
/// </summary>
internal sealed class PdfDocumentWriter : IPageSink, IDisposable
{
    private readonly PdfObjectStore store;
    private readonly FontResources fonts;
    private readonly ContentStreamBuilder builder;
    private readonly int catalogId;
    private readonly int pagesId;
    private readonly int resourcesId;
    private readonly List<int> pageIds = [];
    private readonly List<int> bodyIds = [];
    private readonly List<LinkArea[]> links = [];
    private readonly List<(int? Header, int? Late, int? Footer)> running = [];
    private readonly Dictionary<string, int> runningStreams = new(StringComparer.Ordinal);

    internal PdfDocumentWriter(Stream output, FontSet fontSet, FontFileCache fontFiles, double pageHeight)
    {
        store = new PdfObjectStore(output);
        fonts = new FontResources(fontSet.All, fontFiles);
        builder = new ContentStreamBuilder(fonts, pageHeight);
        catalogId = store.Reserve();
        pagesId = store.Reserve();
        resourcesId = store.Reserve();
    }

    public void Body(int pageIndex, IReadOnlyList<MarkedOp> ops, IReadOnlyList<LinkArea> links)
    {
        pageIds.Add(store.Reserve());
        bodyIds.Add(store.AddStream(string.Empty, builder.Build(ops)));
        this.links.Add([.. links]);
    }

    public void Running(int pageIndex, IReadOnlyList<MarkedOp> header, IReadOnlyList<MarkedOp> footer, IReadOnlyList<MarkedOp> late) =>
        running.Add((RunningStream(header), late.Count == 0 ? null : store.AddStream(string.Empty, builder.Build(late)), RunningStream(footer)));

    /// <summary>Writes everything that needed the whole document, then the cross-reference stream.</summary>
    internal void Finish(DocumentLayoutResult layout, DocumentMetadata metadata)
    {
        store.Set(resourcesId, $"<</Font <<{fonts.Write(store)}>>>>");

        var annotationIds = new List<IReadOnlyList<int>>();
        var annotationKey = layout.PageCount;
        for (var page = 0; page < pageIds.Count; page++)
        {
            var annots = new List<int>();
            foreach (var link in links[page])
            {
                annots.Add(store.Add(Annotation(link, annotationKey, layout)));
                annotationKey++;
            }

            annotationIds.Add(annots);
            var (header, late, footer) = running[page];
            var contents = new StringBuilder("[");
            foreach (var stream in new[] { header, bodyIds[page], late, footer })
            {
                if (stream is { } id)
                {
                    contents.Append(contents.Length > 1 ? " " : string.Empty).Append(PdfSyntax.Reference(id));
                }
            }

            var annotsEntry = annots.Count == 0 ? string.Empty : $" /Annots [{string.Join(' ', annots.Select(PdfSyntax.Reference))}]";
            store.Set(pageIds[page],
                $"<</Type /Page /Parent {PdfSyntax.Reference(pagesId)} /MediaBox [0 0 {PdfSyntax.Number(layout.PageWidth)} {PdfSyntax.Number(layout.PageHeight)}]" +
                $" /Resources {PdfSyntax.Reference(resourcesId)} /Contents {contents.Append(']')}" +
                $" /StructParents {PdfSyntax.Integer(page)} /Tabs /S{annotsEntry}>>");
        }

        store.Set(pagesId, $"<</Type /Pages /Kids [{string.Join(' ', pageIds.Select(PdfSyntax.Reference))}] /Count {PdfSyntax.Integer(pageIds.Count)}>>");
        var structRoot = StructureTreeWriter.Write(store, layout, pageIds, annotationIds, layout.PageCount);
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
        store.Finish(catalogId, info);
    }

    public void Dispose() => store.Dispose();

    /// <summary>The stream of a running header or footer: none when empty, the earlier one when identical.</summary>
    private int? RunningStream(IReadOnlyList<MarkedOp> ops)
    {
        if (ops.Count == 0)
        {
            return null;
        }

        var content = builder.Build(ops);
        var key = Encoding.Latin1.GetString(content);
        if (!runningStreams.TryGetValue(key, out var id))
        {
            id = store.AddStream(string.Empty, content);
            runningStreams.Add(key, id);
        }

        return id;
    }

    private string Annotation(LinkArea link, int key, DocumentLayoutResult layout)
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
