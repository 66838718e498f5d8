using PlanReports.Pdf.Tests.Fixtures;
using PlanReports.Testing;
using UglyToad.PdfPig;

namespace PlanReports.Pdf.Tests.Output;

/// <summary>The PDFs checked by tools that share no code with our writer: qpdf, poppler (pdffonts, pdftotext, pdfinfo) and PdfPig.</summary>
public sealed class ExternalValidatorTests(RenderedSamples samples) : IClassFixture<RenderedSamples>
{
    public static TheoryData<string> Files => ["letter.pdf", "pack.pdf"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Qpdf_check_finds_no_errors(string file)
    {
        var result = ExternalTool.Run("qpdf", ["--check", Path.Combine(samples.Folder, file)]);

        Assert.True(result.Succeeded, result.StandardOutput + result.StandardError);
        Assert.Contains("No syntax or stream encoding errors found", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Pdffonts_shows_every_font_embedded_subset_and_with_a_unicode_map(string file)
    {
        var result = ExternalTool.Run("pdffonts", [Path.Combine(samples.Folder, file)]);

        Assert.True(result.Succeeded, result.StandardError);
        var rows = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches("^[A-Z]{6}\\+LiberationSans", columns[0]);
            Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]);
        }
    }

    [Fact]
    public void Pdftotext_gives_back_pound_signs_dashes_apostrophes_and_accented_names()
    {
        var result = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", samples.LetterPath, "-"]);

        Assert.True(result.Succeeded, result.StandardError);
        var text = result.StandardOutput;
        Assert.Contains("£132.4 million – 4.1% of allocation", text, StringComparison.Ordinal);
        Assert.Contains("the cluster’s financial", text, StringComparison.Ordinal);
        Assert.Contains("Renée Dubois, Zoë Ashworth", text, StringComparison.Ordinal);
        Assert.Contains("José Álvarez", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", text, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdftotext_reads_the_letter_in_order()
    {
        var text = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", samples.LetterPath, "-"]).StandardOutput;

        string[] order = ["Department of Health", "Gateway reference", "Dear Sir Neil,", "Outcome of the 2012/13 plan sign-off meeting", "Conditions", "Key risks", "Yours sincerely,", "David Flory CBE"];
        var positions = order.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Pdfinfo_says_tagged_with_title_language_and_dates_from_the_data(string file)
    {
        var result = ExternalTool.Run("pdfinfo", [Path.Combine(samples.Folder, file)]);
        var xmp = ExternalTool.Run("pdfinfo", ["-meta", Path.Combine(samples.Folder, file)]).StandardOutput;

        Assert.True(result.Succeeded, result.StandardError);
        var info = result.StandardOutput;
        Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
        Assert.Contains("Title:           ", info, StringComparison.Ordinal);
        Assert.Contains("Author:          Department of Health", info, StringComparison.Ordinal);
        Assert.Contains("CreationDate:    Fri May  4 00:00:00 2012 UTC", info, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp, StringComparison.Ordinal);
        Assert.Contains("<rdf:li>en-GB</rdf:li>", xmp, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2012-05-04T00:00:00Z</xmp:CreateDate>", xmp, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdfinfo_struct_shows_the_tree_with_headings_tables_lists_links_and_figures()
    {
        var letter = ExternalTool.Run("pdfinfo", ["-struct", samples.LetterPath]).StandardOutput;
        var pack = ExternalTool.Run("pdfinfo", ["-struct", samples.PackPath]).StandardOutput;

        Assert.StartsWith("Document", letter, StringComparison.Ordinal);
        foreach (var element in new[] { "H1", "H2", "P (block)", "Table (block)", "TR", "TH", "TD", "/Scope /Column", "/Scope /Row", "L (block)", "LI", "Lbl", "LBody", "Link (inline)", "Caption" })
        {
            Assert.Contains(element, letter, StringComparison.Ordinal);
        }

        Assert.Contains("Figure", pack, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfPig_opens_the_letter_and_reads_the_same_text()
    {
        using var document = PdfDocument.Open(samples.Letter);

        Assert.Equal(samples.LetterPages, document.NumberOfPages);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join("\n", PdfProjection.Lines(p))));
        Assert.Contains("£132.4 million – 4.1% of allocation", text, StringComparison.Ordinal);
        Assert.Contains("Renée Dubois, Zoë Ashworth", text, StringComparison.Ordinal);
        Assert.Equal("Plan sign-off letter: NHS Midlands and East", document.Information.Title);
    }
}
