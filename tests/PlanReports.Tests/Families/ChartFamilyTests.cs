using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PlanReports.Batch;
using PlanReports.Components;
using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using PlanReports.Reports;
using PlanReports.Testing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PlanReports.Tests.Families;

/// <summary>
/// Every chart of every family that has them, as the runner writes it: in the PDF a Figure with alternative text and
/// a bounding box (read back from the structure tree by qpdf, which shares no code with our writer); in the DOCX a
/// chart part the Open XML validator passes, with alt text on its drawing; in the HTML an svg role="img" with a title
/// and the numbers in a details table.
/// </summary>
public sealed class ChartFamilyTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("planreports-charts-").FullName;

    public static TheoryData<string, string> Documents => new()
    {
        { "rag-narrative-pack", "C1" },
        { "regional-summary", "Q01" },
        { "bcf-plan-pack", "H1" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_chart_is_a_tagged_figure_a_valid_word_chart_and_an_accessible_svg(string report, string organisation)
    {
        using var store = FixtureStore.Create();
        var body = FamilyDocuments.Build(store, report, organisation).Body;
        var charts = Charts(body).ToList();
        Assert.NotEmpty(charts);
        var pictures = Pictures(body).ToList();
        var files = Render(report, organisation);

        var figures = PdfFigures(files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Equal(pictures, figures.Select(f => f.Alt));
        Assert.All(figures, f => Assert.True(f.Box.Length == 4 && f.Box[2] > f.Box[0] && f.Box[3] > f.Box[1], $"BBox of \"{f.Alt}\""));

        using (var word = WordprocessingDocument.Open(files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal)), false))
        {
            Assert.Equal(charts.Count, word.MainDocumentPart!.ChartParts.Count());
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).ToList();
            Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
            Assert.Equal(charts.Select(c => c.AltText), word.MainDocumentPart.Document.Descendants<Wp.DocProperties>().Select(p => p.Description?.Value));
        }

        var html = new HtmlParser().ParseDocument(File.ReadAllText(files.Single(f => f.EndsWith(".html", StringComparison.Ordinal))));
        var svgs = html.QuerySelectorAll("svg").ToList();
        Assert.Equal(pictures, svgs.Select(s => s.QuerySelector("title")?.TextContent));
        Assert.All(svgs, s => Assert.Equal("img", s.GetAttribute("role")));
        var chartSvgs = svgs.Where(s => s.ParentElement!.ClassList.Contains("chart-figure")).ToList();
        Assert.Equal(charts.Select(c => c.AltText), chartSvgs.Select(s => s.QuerySelector("title")?.TextContent));
        Assert.All(chartSvgs, s => Assert.NotNull(s.ParentElement!.QuerySelector("details > table > tbody > tr")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static IEnumerable<Chart> Charts(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        Chart c => [c],
        ChartGrid g => g.Charts,
        Section s => Charts(s.Blocks),
        KeepTogether k => Charts(k.Blocks),
        _ => [],
    });

    /// <summary>The alternative text of every picture in reading order: each chart, and a grid's one legend before its cells.</summary>
    private static IEnumerable<string> Pictures(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        Chart c => [c.AltText],
        ChartGrid g => (ChartGridLayout.SharedLegend(g) is { } legend ? [ChartGridLayout.LegendText(legend)] : Array.Empty<string>())
            .Concat(g.Charts.Select(c => c.AltText)),
        Section s => Pictures(s.Blocks),
        KeepTogether k => Pictures(k.Blocks),
        _ => [],
    });

    /// <summary>The Figure elements of the PDF's structure tree in object order, with their /Alt and /A /BBox, as qpdf reads them.</summary>
    private static List<(string Alt, double[] Box)> PdfFigures(string pdf)
    {
        var result = ExternalTool.Run("qpdf", ["--json=2", "--json-key=qpdf", pdf]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        JsonElement Resolve(JsonElement e) =>
            e.ValueKind == JsonValueKind.String && e.GetString()!.EndsWith(" R", StringComparison.Ordinal)
                ? objects.GetProperty("obj:" + e.GetString()).GetProperty("value")
                : e;

        var figures = new List<(int Number, string Alt, double[] Box)>();
        foreach (var entry in objects.EnumerateObject())
        {
            if (!entry.Value.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object
                || !value.TryGetProperty("/S", out var type) || type.GetString() != "/Figure")
            {
                continue;
            }

            var alt = Resolve(value.GetProperty("/Alt")).GetString()!;
            var box = Resolve(Resolve(value.GetProperty("/A")).GetProperty("/BBox")).EnumerateArray().Select(n => Resolve(n).GetDouble()).ToArray();
            figures.Add((int.Parse(entry.Name.Split(':', ' ')[1], System.Globalization.CultureInfo.InvariantCulture), alt[2..], box));
        }

        // The writer numbers structure elements in reading order.
        return figures.OrderBy(f => f.Number).Select(f => (f.Alt, f.Box)).ToList();
    }

    private IReadOnlyList<string> Render(string report, string organisation)
    {
        var store = FixtureStore.CreateFile(root);
        var output = Path.Combine(root, "output");
        var runner = new BatchRunner(ReportModelSources.All, ReportComponents.All, DocumentRenderers.CreateAll, "test-engine");
        var result = runner.Render(new BatchOptions(store, RepoPaths.Combine("reportdefs"), output, report, organisation, null, 1, true), new Silent());
        Assert.Empty(result.Failures);
        return Directory.GetFiles(Path.Combine(output, report)).Order(StringComparer.Ordinal).ToList();
    }

    private sealed class Silent : IBatchProgress
    {
        public void Started(int documents)
        {
        }

        public void Finished(DocumentOutcome outcome)
        {
        }
    }
}
