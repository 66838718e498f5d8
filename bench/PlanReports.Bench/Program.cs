using System.Globalization;
using PlanReports.Bench;

// The PDF benchmark: each document size is rendered in its own child process (so peak memory is that size's
// alone), then the same documents go through our HTML renderer and headless Chromium's print-to-PDF.
// Usage: PlanReports.Bench [iterations] [chromium-iterations]
//        PlanReports.Bench --child <letter|pack|bundle> <iterations>   (internal: one size, one process)
//        PlanReports.Bench --write <folder>   (writes each document as PDF and HTML, to look at)
//        PlanReports.Bench --docx <iterations>   (the DOCX writer alone, each size in this process)
//        PlanReports.Bench --models <iterations> [data] [reportdefs]   (every document's view model read from the sample store)
if (args.Length >= 2 && args[0] == "--write")
{
    SampleWriter.Write(args[1]);
    return 0;
}

if (args.Length >= 2 && args[0] == "--docx")
{
    DocxMeasurement.Run(int.Parse(args[1], CultureInfo.InvariantCulture), Console.Out);
    return 0;
}

if (args.Length >= 2 && args[0] == "--models")
{
    ModelMeasurement.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.ElementAtOrDefault(2) ?? "data", args.ElementAtOrDefault(3) ?? "reportdefs", Console.Out);
    return 0;
}

if (args.Length >= 3 && args[0] == "--child")
{
    var measured = PdfMeasurement.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
    Console.WriteLine(measured.ToLine());
    return 0;
}

var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var chromiumIterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
return BenchRunner.Run(iterations, chromiumIterations);
