using PlanReports.Testing;
using PlanReports.Tests.Batch;

namespace PlanReports.Tests.Reports;

/// <summary>
/// One sign-off letter (North of England, from the fixture store) in every format, kept as snapshots beside this
/// file: the HTML file itself, the PDF's text page by page (non-blank lines, so small vertical shifts are not noise), and the DOCX as styled paragraphs, tables and footers.
/// </summary>
public sealed class SignoffLetterSnapshotTests : IDisposable
{
    private const string Stem = "signoff-letter/sha-north-north-of-england";

    private readonly RunnerFixture fixture = new();

    public SignoffLetterSnapshotTests() => fixture.Render(org: "sha-north");

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void The_html_letter_matches_its_snapshot() =>
        Snapshot.Verify("signoff-letter.html", File.ReadAllText(Path.Combine(fixture.Output, Stem + ".html")));

    [Fact]
    public void The_pdf_letter_reads_as_its_snapshot_page_by_page()
    {
        var text = ExternalTool.Run("pdftotext", ["-layout", Path.Combine(fixture.Output, Stem + ".pdf"), "-"]);
        Assert.True(text.Succeeded, text.StandardError);
        var pages = text.StandardOutput.Split('\f').Where(p => p.Trim().Length > 0)
            .Select((p, i) => $"--- page {i + 1} ---\n" + string.Join('\n', p.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)));
        Snapshot.Verify("signoff-letter.pdf.txt", string.Join("\n", pages) + "\n");
    }

    [Fact]
    public void The_docx_letter_matches_its_snapshot() =>
        Snapshot.Verify("signoff-letter.docx.txt", DocxText.Project(Path.Combine(fixture.Output, Stem + ".docx")));
}
