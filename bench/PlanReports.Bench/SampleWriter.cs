using PlanReports.Documents.Html;
using PlanReports.Pdf;

namespace PlanReports.Bench;

/// <summary>Writes the benchmark documents to a folder, so they can be turned into pictures and compared.</summary>
internal static class SampleWriter
{
    internal static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        using var pdf = new PdfRenderer();
        var html = new HtmlRenderer();
        foreach (var name in BenchDocument.Names)
        {
            var document = BenchDocument.Build(name);
            using (var file = File.Create(Path.Combine(folder, name + ".pdf")))
            {
                var result = pdf.Render(document, file);
                Console.WriteLine($"{name}.pdf: {result.PageCount} pages, {file.Length} bytes");
            }

            using (var file = File.Create(Path.Combine(folder, name + ".html")))
            {
                html.Render(document, file);
            }
        }
    }
}
