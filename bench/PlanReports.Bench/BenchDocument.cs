using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;

namespace PlanReports.Bench;

/// <summary>The three document sizes the benchmark measures.</summary>
internal static class BenchDocument
{
    internal static readonly string[] Names = ["letter", "pack", "bundle"];

    // Seventeen clusters of the pack come to about two hundred pages.
    private const int BundleClusters = 17;

    internal static Document Build(string name) => name switch
    {
        "letter" => SampleDocuments.Letter(),
        "pack" => SampleDocuments.Pack(),
        "bundle" => SampleDocuments.Bundle(BundleClusters),
        _ => throw new ArgumentException($"Unknown document '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>Three renders before measuring: first-use costs (JIT, font loading) are not what the benchmark measures.</summary>
    internal static void WarmUp(IDocumentRenderer renderer, Document document)
    {
        for (var i = 0; i < 3; i++)
        {
            using var warm = new MemoryStream();
            renderer.Render(document, warm);
        }
    }
}
