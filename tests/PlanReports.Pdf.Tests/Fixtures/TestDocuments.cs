using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Tests.Fixtures;

/// <summary>Small documents and helpers for layout tests.</summary>
internal static class TestDocuments
{
    internal static readonly DocumentMetadata Metadata = new("Test", "PlanReports tests", "Layout", new DateOnly(2012, 5, 4));

    internal static Document Of(params Block[] body) => new(Metadata, PageSetup.A4Portrait, body);

    internal static Document WithPage(PageSetup page, params Block[] body) => new(Metadata, page, body);

    internal static Paragraph P(string text) => new([new TextRun(text)]);

    internal static LaidOut LayoutOf(Document document)
    {
        using var fonts = FontSet.Load();
        var (layout, pages) = DocumentLayout.Collect(document, fonts, DocumentTheme.Default);
        return new LaidOut(layout, pages);
    }

    /// <summary>The text drawn on each page, one entry per text op, in drawing order.</summary>
    internal static List<List<string>> TextByPage(LaidOut layout) =>
        layout.Pages.Select(p => p.Ops.Select(o => o.Op).OfType<TextOp>().Select(t => TextDrawing.TextOf(t.Glyphs)).ToList()).ToList();

    /// <summary>Body text only (not running header or footer), per page.</summary>
    internal static List<List<TextOp>> BodyText(LaidOut layout) =>
        layout.Pages.Select(p => p.Ops.Where(o => o.Artifact is ArtifactKind.None or ArtifactKind.Layout).Select(o => o.Op).OfType<TextOp>().ToList()).ToList();

    internal static string Words(int count, string word = "assurance") => string.Join(' ', Enumerable.Repeat(word, count));
}
