using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PlanReports.Batch;
using PlanReports.Components;
using PlanReports.Reports;
using PlanReports.Testing;

namespace PlanReports.Tests.Families.Snapshots;

/// <summary>
/// One document per family, rendered by the runner from the fixture store in every format it writes, kept as a
/// readable snapshot: the PDF's text page by page (pdftotext), the DOCX's paragraphs, the HTML as written. Every
/// page of every document from this (illustrative) store must say so.
/// </summary>
public sealed partial class FamilySnapshotTests : IDisposable
{
    private const string Notice = "Illustrative data – not for operational use";
    private readonly string root = Directory.CreateTempSubdirectory("planreports-families-").FullName;

    public static TheoryData<string, string> Documents => new()
    {
        { "pct-assurance-letter", "C1" },
        { "rag-narrative-pack", "C1" },
        { "rag-narrative-bundle", "Q01" },
        { "regional-summary", "Q01" },
        { "regional-summary", "DH" },
        { "ph-checklist", "C1" },
        { "bcf-plan-pack", "H1" },
        { "bcf-approval-letter", "H1" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Family_document_matches_its_snapshot_in_every_format_and_says_illustrative_on_every_page(string report, string organisation)
    {
        var files = Render(report, organisation);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file).TrimStart('.');
            var projection = extension switch
            {
                "pdf" => PdfText(file),
                "docx" => DocxText(file),
                "html" => File.ReadAllText(file),
                _ => throw new InvalidOperationException($"No projection for .{extension} files."),
            };
            Snapshot.Verify($"{report}-{organisation}.{extension}.txt", projection);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_pdf_page_carries_the_illustrative_notice(string report, string organisation)
    {
        var pdf = Render(report, organisation).Single(f => f.EndsWith(".pdf", StringComparison.Ordinal));
        var pages = PdfText(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Contains(Notice, p, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private IReadOnlyList<string> Render(string report, string organisation)
    {
        var store = FixtureStore.CreateFile(root);
        var output = Path.Combine(root, "output");
        var runner = new BatchRunner(ReportModelSources.All, ReportComponents.All, DocumentRenderers.CreateAll, "test-engine");
        var result = runner.Render(new BatchOptions(store, RepoPaths.Combine("reportdefs"), output, report, organisation, null, 1, true), new SilentProgress());
        Assert.Empty(result.Failures);
        return Directory.GetFiles(Path.Combine(output, report)).Order(StringComparer.Ordinal).ToList();
    }

    private static string PdfText(string pdf)
    {
        var result = ExternalTool.Run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        return result.StandardOutput;
    }

    private static string DocxText(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        var text = new StringBuilder();
        foreach (var part in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)
                     && (e.FullName == "word/document.xml" || e.Name.StartsWith("footer", StringComparison.Ordinal) || e.Name.StartsWith("header", StringComparison.Ordinal)))
                     .OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(part.Open());
            text.Append("== ").Append(part.FullName).Append('\n');
            foreach (var paragraph in ParagraphEnd().Split(reader.ReadToEnd()))
            {
                var line = WebUtility.HtmlDecode(Tag().Replace(Tab().Replace(paragraph, "\t"), string.Empty)).TrimEnd();
                if (line.Length > 0)
                {
                    text.Append(line).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    [GeneratedRegex("</w:p>")]
    private static partial Regex ParagraphEnd();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("<w:tab/>")]
    private static partial Regex Tab();

    private sealed class SilentProgress : IBatchProgress
    {
        public void Started(int documents)
        {
        }

        public void Finished(DocumentOutcome outcome)
        {
        }
    }
}
