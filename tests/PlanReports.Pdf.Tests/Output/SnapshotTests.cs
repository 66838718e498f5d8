using PlanReports.Bench;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout;
using PlanReports.Pdf.Tests.Fixtures;
using PlanReports.Testing;

namespace PlanReports.Pdf.Tests.Output;

/// <summary>Snapshots of what a reader gets: page text as PdfPig reads it, and the structure tree a screen reader walks.</summary>
public sealed class SnapshotTests(RenderedSamples samples) : IClassFixture<RenderedSamples>
{
    [Fact]
    public void Letter_pages_read_as_verified() => Snapshot.Verify("letter-pages.txt", PdfProjection.Pages(samples.Letter));

    [Fact]
    public void Letter_structure_tree_is_as_verified()
    {
        var layout = TestDocuments.LayoutOf(SampleDocuments.Letter());

        Snapshot.Verify("letter-structure.txt", PdfProjection.Structure(layout));
    }

    [Fact]
    public void Pack_pages_read_as_verified() => Snapshot.Verify("pack-pages.txt", PdfProjection.Pages(samples.Pack));
}
