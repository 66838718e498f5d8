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

    [Fact]
    public void The_html_letter_is_structured_for_assistive_technology()
    {
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(fixture.Output, Stem + ".html")));

        Assert.Equal("en-GB", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign-off of 2012/13 integrated plans: North of England", html.Title);
        Assert.Equal(
            ["The submission", "Conditions and actions", "Key risks", "Agreed trajectories against national standards", "Annex: monthly trajectories against national standards"],
            html.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Empty(html.QuerySelectorAll("h3, h4"));
        var tables = html.QuerySelectorAll("table");
        // Five tables of the letter, and the numbers of each chart in the annex.
        Assert.Equal(5 + html.QuerySelectorAll("svg[role=img]").Length, tables.Length);
        Assert.Single(html.QuerySelectorAll("svg[role=img]"));
        Assert.All(tables, t =>
        {
            Assert.NotNull(t.QuerySelector("caption"));
            Assert.All(t.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        });
        Assert.Contains("Illustrative data – not for operational use", html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(html.QuerySelectorAll("script"));
    }
}
