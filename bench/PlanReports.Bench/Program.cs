using PlanReports.Bench;
using PlanReports.Pdf;

var outDir = args.Length > 0 ? args[0] : "bench-out";
Directory.CreateDirectory(outDir);
var renderer = new PdfRenderer();
foreach (var (name, doc) in new[] { ("letter", SampleDocuments.Letter()), ("pack", SampleDocuments.Pack()), ("bundle", SampleDocuments.Bundle(17)) })
{
    using var f = File.Create(Path.Combine(outDir, name + ".pdf"));
    var r = renderer.Render(doc, f);
    Console.WriteLine($"{name}: {r.PageCount} pages, {f.Length} bytes");
}
