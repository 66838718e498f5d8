using PlanReports.Docx.Tests.Samples;
using PlanReports.Testing;

namespace PlanReports.Docx.Tests;

/// <summary>
/// An independent reader: LibreOffice converts the letter to PDF without complaint, computes the page-number
/// fields, puts the letterhead on page one only, the running header on later pages, and the footer on every page.
/// Needs soffice (libreoffice-writer-nogui) and pdftotext (poppler-utils).
/// </summary>
public sealed class LibreOfficeConversionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planreports-docx-lo-").FullName;

    [Fact]
    public void LibreOffice_converts_the_letter_and_lays_out_letterhead_headers_and_page_numbers()
    {
        var pages = Pages(Convert("letter.docx", SampleDocuments.FormalLetter()));
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.Contains("Illustrative data: not for operational use", pages[i], StringComparison.Ordinal);
            Assert.Equal(i == 0, pages[i].Contains("Richmond House", StringComparison.Ordinal));
        }

        Assert.All(pages.Skip(1), p => Assert.StartsWith("Operating plan 2012/13: outcome of the sign-off meeting", p.TrimStart(), StringComparison.Ordinal));
        Assert.Contains("Part 4: reform milestones", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void LibreOffice_repeats_the_header_row_of_a_table_that_runs_over_pages()
    {
        var pages = Pages(Convert("pack.docx", SampleDocuments.LongTablePack()));

        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.Contains("Cluster     Domain 1", Squeeze(p), StringComparison.Ordinal));
        Assert.Contains(pages.Skip(1), p => p.Contains("Region 3", StringComparison.Ordinal));
        Assert.Contains("Source: cluster submissions.", pages[^1], StringComparison.Ordinal);
        Assert.Contains($"Page {pages.Count} of {pages.Count}", pages[^1], StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Writes the document, converts it with LibreOffice and returns the PDF's path; fails on any complaint.</summary>
    private string Convert(string fileName, PlanReports.Documents.Model.Document document)
    {
        var docx = Path.Combine(folder, fileName);
        File.WriteAllBytes(docx, DocxFiles.Render(document));

        // A private profile, so parallel runs and a user's own LibreOffice settings do not interfere.
        var convert = ExternalTool.Run(
            "soffice",
            [$"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", folder, docx],
            TimeSpan.FromMinutes(3));

        // soffice warns that it cannot start Java (javaldx); that is about its own set-up, not the document.
        var complaints = (convert.StandardError + convert.StandardOutput).Split('\n')
            .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("fail", StringComparison.OrdinalIgnoreCase))
            .Where(l => !l.Contains("javaldx", StringComparison.Ordinal))
            .ToList();
        Assert.True(convert.ExitCode == 0 && complaints.Count == 0, $"soffice exit {convert.ExitCode}: {string.Join('\n', complaints)}");
        var pdf = Path.ChangeExtension(docx, ".pdf");
        Assert.True(File.Exists(pdf), $"soffice wrote no {pdf}");
        return pdf;
    }

    /// <summary>Runs of spaces from pdftotext's layout mode folded to exactly five, so column gaps compare.</summary>
    private static string Squeeze(string text) => System.Text.RegularExpressions.Regex.Replace(text, " {2,}", "     ");

    private static List<string> Pages(string pdf)
    {
        var text = ExternalTool.Run("pdftotext", ["-layout", pdf, "-"]);
        Assert.Equal(0, text.ExitCode);
        return [.. text.StandardOutput.Split('\f').Where(p => p.Trim().Length > 0)];
    }
}
