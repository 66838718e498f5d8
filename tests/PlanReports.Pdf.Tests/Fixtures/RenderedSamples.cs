using PlanReports.Bench;
using PlanReports.Pdf;

namespace PlanReports.Pdf.Tests.Fixtures;

/// <summary>The sample letter and pack rendered once per test class and written to a temporary folder for the external tools.</summary>
public sealed class RenderedSamples : IDisposable
{
    public RenderedSamples()
    {
        Folder = Directory.CreateTempSubdirectory("planreports-pdf-").FullName;
        using var renderer = new PdfRenderer();
        (Letter, LetterPages) = Render(renderer, SampleDocuments.Letter());
        (Pack, PackPages) = Render(renderer, SampleDocuments.Pack());
        LetterPath = Path.Combine(Folder, "letter.pdf");
        PackPath = Path.Combine(Folder, "pack.pdf");
        File.WriteAllBytes(LetterPath, Letter);
        File.WriteAllBytes(PackPath, Pack);
    }

    public string Folder { get; }

    public byte[] Letter { get; }

    public int LetterPages { get; }

    public string LetterPath { get; }

    public byte[] Pack { get; }

    public int PackPages { get; }

    public string PackPath { get; }

    internal static (byte[] Bytes, int Pages) Render(PdfRenderer renderer, Documents.Model.Document document)
    {
        using var stream = new MemoryStream();
        var result = renderer.Render(document, stream);
        return (stream.ToArray(), result.PageCount ?? 0);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
