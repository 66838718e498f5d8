using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using PlanReports.Testing;
using PlanReports.Testing.Documents;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PlanReports.Docx.Tests;

/// <summary>
/// Charts in the DOCX are native Word charts: a chart part under word/charts/ with the values cached and an embedded
/// workbook behind them, alt text on the drawing; the Open XML validator finds no error and LibreOffice draws them.
/// </summary>
public sealed class ChartDocxTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planreports-docx-charts-").FullName;
    private readonly byte[] docx = DocxFiles.Render(SampleCharts.Document());

    [Fact]
    public void Every_chart_part_passes_the_open_xml_validator()
    {
        using var word = DocxFiles.Open(docx);

        Assert.Equal(3, word.MainDocumentPart!.ChartParts.Count());
        DocxFiles.AssertValid(word);
    }

    [Fact]
    public void Each_chart_is_a_part_under_word_charts_with_its_values_cached_and_a_workbook_embedded()
    {
        using var word = DocxFiles.Open(docx);
        var parts = word.MainDocumentPart!.ChartParts.OrderBy(p => p.Uri.OriginalString, StringComparer.Ordinal).ToList();
        var line = parts.Single(p => p.ChartSpace.Descendants<C.LineChart>().Any());

        Assert.All(parts, p => Assert.StartsWith("/word/charts/", p.Uri.OriginalString, StringComparison.Ordinal));
        Assert.All(parts, p => Assert.Single(p.EmbeddedPackagePart is null ? [] : new[] { p.EmbeddedPackagePart }));
        var planned = line.ChartSpace.Descendants<C.LineChartSeries>().First();
        Assert.Equal("Planned", planned.SeriesText!.Descendants<C.NumericValue>().Single().Text);
        Assert.Equal(["94.1", "94.5", "95"], planned.Descendants<C.Values>().Single().Descendants<C.NumericValue>().Take(3).Select(v => v.Text));
        Assert.Equal("Sheet1!$B$2:$B$13", planned.Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal("Apr 2012", planned.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().First().Text);
    }

    [Fact]
    public void The_embedded_workbook_holds_the_same_numbers_as_the_cache()
    {
        using var word = DocxFiles.Open(docx);
        var part = word.MainDocumentPart!.ChartParts.Single(p => p.ChartSpace.Descendants<C.LineChart>().Any());
        using var stream = part.EmbeddedPackagePart!.GetStream();
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);

        Assert.Equal("Month", cells["A1"]);
        Assert.Equal("Planned", cells["B1"]);
        Assert.Equal("Apr 2012", cells["A2"]);
        Assert.Equal("94.1", cells["B2"]);
        Assert.Equal("93.8", cells["C2"]);
        Assert.False(cells.ContainsKey("C13"), "a month with no actual leaves its cell empty");
        Assert.Equal("95", cells["D13"]);
    }

    [Fact]
    public void The_embedded_workbook_is_stored_inside_and_deflated_once_as_an_entry_of_the_docx()
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        var embedded = zip.Entries.Where(e => e.FullName.StartsWith("word/charts/embeddings/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, embedded.Count);
        foreach (var entry in embedded)
        {
            Assert.True(entry.CompressedLength < entry.Length / 2, $"{entry.FullName} is deflated by the DOCX: {entry.CompressedLength} of {entry.Length} bytes");
            using var content = new MemoryStream();
            using (var from = entry.Open())
            {
                from.CopyTo(content);
            }

            using var workbook = new ZipArchive(content);
            Assert.Equal(5, workbook.Entries.Count);
            Assert.All(workbook.Entries, e => Assert.Equal(e.Length, e.CompressedLength));
        }
    }

    [Fact]
    public void Each_drawing_carries_the_chart_alternative_text_and_a_unique_id()
    {
        using var word = DocxFiles.Open(docx);
        var properties = word.MainDocumentPart!.Document.Descendants<Wp.DocProperties>().ToList();

        Assert.Equal([SampleCharts.Line().AltText, SampleCharts.Bar().AltText, SampleCharts.Stacked().AltText], properties.Select(p => p.Description!.Value));
        Assert.Equal(properties.Count, properties.Select(p => p.Id!.Value).Distinct().Count());
    }

    [Fact]
    public void A_stacked_segment_that_is_zero_or_too_narrow_for_its_value_has_its_label_deleted_as_the_pdf_leaves_it_out()
    {
        // January: no red rating (zero) and one amber among thirty greens (a sliver); April: every segment wide enough.
        var chart = SampleCharts.Stacked() with
        {
            Series =
            [
                new PlanReports.Documents.Model.ChartSeries("Red", [0, 10], RepresentativeDocument.Red),
                new PlanReports.Documents.Model.ChartSeries("Amber", [1, 10], RepresentativeDocument.Amber),
                new PlanReports.Documents.Model.ChartSeries("Green", [30, 11], RepresentativeDocument.Green),
            ],
        };
        using var word = DocxFiles.Open(DocxFiles.Render(SampleCharts.Document() with { Body = [chart] }));
        var series = word.MainDocumentPart!.ChartParts.Single().ChartSpace.Descendants<C.BarChartSeries>().ToList();

        // Each series' deleted labels, by category index.
        var deleted = series.Select(s => s.Descendants<C.DataLabel>()
            .Where(l => l.GetFirstChild<C.Delete>()?.Val?.Value == true)
            .Select(l => l.Index!.Val!.Value)
            .ToList()).ToList();
        Assert.Equal([[0U], [0U], []], deleted);
        DocxFiles.AssertValid(word);
    }

    [Fact]
    public void A_bar_chart_reference_line_is_stated_under_the_chart_since_word_bars_cannot_draw_it()
    {
        var chart = SampleCharts.Bar() with { ReferenceLines = [new PlanReports.Documents.Model.ReferenceLine("England average", 1500)] };
        var document = SampleCharts.Document() with { Body = [chart] };
        using var word = DocxFiles.Open(DocxFiles.Render(document));

        Assert.Contains("Reference: England average: 1,500.0.", word.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        DocxFiles.AssertValid(word);
    }

    [Fact]
    public void The_same_charts_give_the_same_bytes()
    {
        Assert.Equal(docx, DocxFiles.Render(SampleCharts.Document()));
        using var zip = new ZipArchive(new MemoryStream(docx));
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("word/charts/embeddings/", StringComparison.Ordinal));
    }

    [Fact]
    public void LibreOffice_opens_the_charts_and_draws_their_legends_and_axes()
    {
        var path = Path.Combine(folder, "charts.docx");
        File.WriteAllBytes(path, docx);
        var convert = ExternalTool.Run(
            "soffice",
            [$"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", folder, path],
            TimeSpan.FromMinutes(3));
        var pdf = Path.ChangeExtension(path, ".pdf");
        Assert.True(convert.ExitCode == 0 && File.Exists(pdf), convert.StandardError);

        var text = ExternalTool.Run("pdftotext", [pdf, "-"]).StandardOutput;
        Assert.Contains("Planned", text, StringComparison.Ordinal);
        Assert.Contains("National standard: 95.0%", text, StringComparison.Ordinal);
        Assert.Contains("Delayed transfers of care", text, StringComparison.Ordinal);
        Assert.Contains("Number of domains", text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
