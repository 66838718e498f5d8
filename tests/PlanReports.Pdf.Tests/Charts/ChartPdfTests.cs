using System.Text;
using PlanReports.Documents.Model;
using PlanReports.Testing;
using PlanReports.Testing.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PlanReports.Pdf.Tests.Charts;

/// <summary>
/// Charts in the PDF are vector drawings tagged as Figures with alternative text and a bounding box, read back through
/// the structure tree by PdfPig; their text is real text in the embedded subset fonts, and no image is used.
/// </summary>
public sealed class ChartPdfTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planreports-pdf-charts-").FullName;
    private readonly byte[] pdf = Render(SampleCharts.Document());

    [Fact]
    public void Every_chart_is_a_figure_with_its_alternative_text_and_a_bounding_box_inside_the_page()
    {
        using var document = PdfDocument.Open(pdf);
        var figures = StructureTree.Elements(document, "Figure");
        var charts = new[] { SampleCharts.Line(), SampleCharts.Bar(), SampleCharts.Stacked() };

        Assert.Equal(charts.Length, figures.Count);
        for (var i = 0; i < charts.Length; i++)
        {
            Assert.Equal(charts[i].AltText, StructureTree.Text(document, figures[i], "Alt"));
            var attributes = (DictionaryToken)StructureTree.Resolve(document, figures[i].Data["A"]);
            var box = ((ArrayToken)StructureTree.Resolve(document, attributes.Data["BBox"])).Data.Cast<NumericToken>().Select(n => n.Double).ToList();
            Assert.Equal(4, box.Count);
            Assert.True(box[2] - box[0] > 300 && box[3] - box[1] > 60, $"BBox {string.Join(' ', box)}");
            Assert.True(box[0] >= 0 && box[1] >= 0 && box[2] <= 595.3 && box[3] <= 841.9, $"BBox {string.Join(' ', box)} is off the page");
        }
    }

    [Fact]
    public void Chart_text_is_real_text_a_reader_can_copy()
    {
        var text = Text();

        Assert.Contains("National standard: 95.0%", text, StringComparison.Ordinal);
        Assert.Contains("Apr 2012", text, StringComparison.Ordinal);
        Assert.Contains("Delayed transfers of care", text, StringComparison.Ordinal);
        Assert.Contains("2,096.0", text, StringComparison.Ordinal);
        Assert.Contains("Number of domains", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_are_drawn_with_vector_paths_not_images()
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);

        Assert.Empty(document.GetPages().SelectMany(p => p.GetImages()));
        Assert.True(page.Paths.Count > 40, $"{page.Paths.Count} paths");
    }

    [Fact]
    public void The_chart_document_passes_qpdf_and_renders_the_same_bytes_twice()
    {
        var path = Path.Combine(folder, "charts.pdf");
        File.WriteAllBytes(path, pdf);
        var check = ExternalTool.Run("qpdf", ["--check", path]);

        Assert.True(check.ExitCode == 0, check.StandardOutput + check.StandardError);
        Assert.Equal(pdf, Render(SampleCharts.Document()));
    }

    [Fact]
    public void A_chart_without_alternative_text_is_refused_naming_its_caption()
    {
        var chart = SampleCharts.Line() with { AltText = " " };
        var error = Assert.ThrowsAny<Exception>(() => Render(new Document(SampleCharts.Document().Metadata, PageSetup.A4Portrait, [chart])));

        Assert.Contains("A&E total time", Flatten(error), StringComparison.Ordinal);
        Assert.Contains("alternative text", Flatten(error), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Text()
    {
        var path = Path.Combine(folder, "text.pdf");
        File.WriteAllBytes(path, pdf);
        var result = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", path, "-"]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        return result.StandardOutput;
    }

    private static string Flatten(Exception error)
    {
        var text = new StringBuilder();
        for (var e = error; e is not null; e = e.InnerException)
        {
            text.Append(e.Message).Append('\n');
        }

        return text.ToString();
    }

    private static byte[] Render(Document document)
    {
        using var renderer = new PdfRenderer();
        using var stream = new MemoryStream();
        renderer.Render(document, stream);
        return stream.ToArray();
    }
}
