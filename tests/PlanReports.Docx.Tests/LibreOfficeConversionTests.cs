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
        var docx = Path.Combine(folder, "letter.docx");
        File.WriteAllBytes(docx, DocxFiles.Render(SampleDocuments.FormalLetter()));

        // A private profile, so parallel runs and a user's own LibreOffice settings do not interfere.
        var convert = ExternalTool.Run(
            "soffice",
            [$"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", folder, docx],
            TimeSpan.FromMinutes(3));
        var complaints = (convert.StandardError + convert.StandardOutput).Split('\n')
            .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("fail", StringComparison.OrdinalIgnoreCase))
            .Where(l => !l.Contains("javaldx", StringComparison.Ordinal))
            .ToList();
        Assert.True(convert.ExitCode == 0 && complaints.Count == 0, $"soffice exit {convert.ExitCode}: {string.Join('\n', complaints)}");

        var pdf = Path.Combine(folder, "letter.pdf");
        var pages = Pages(pdf);
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

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static List<string> Pages(string pdf)
    {
        var text = ExternalTool.Run("pdftotext", ["-layout", pdf, "-"]);
        Assert.Equal(0, text.ExitCode);
        return [.. text.StandardOutput.Split('\f').Where(p => p.Trim().Length > 0)];
    }
}
