using System.Runtime.CompilerServices;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Tests.Projection;
using PlanReports.Testing;

namespace PlanReports.Documents.Tests.Markdown;

/// <summary>Markdown in (Cases/*.md), a readable projection of the model out (*.verified.txt beside this file).</summary>
public sealed class MarkdownConverterGoldenTests
{
    private static readonly MarkdownConverter Converter = new(
    [
        new ArgumentsComponent("address"),
        new ArgumentsComponent("rag-matrix"),
        new ArgumentsComponent("signature"),
    ]);

    [Theory]
    [InlineData("blocks")]
    [InlineData("lists")]
    [InlineData("tables")]
    [InlineData("links")]
    [InlineData("components")]
    public void Template_converts_to_the_verified_model(string name)
    {
        var markdown = File.ReadAllText(CasePath(name));

        var blocks = Converter.Convert(markdown, "test-report", $"{name}.md", model: "view model of " + name);

        Snapshot.Verify($"{name}.txt", ModelProjection.Of(blocks));
    }

    internal static string CasePath(string name) => Path.Combine(CasesDirectory(), name + ".md");

    // Called only from here, so the caller file path is this file's: the cases sit beside it.
    private static string CasesDirectory([CallerFilePath] string here = "") =>
        Path.Combine(Snapshot.SourceDirectory(here), "Cases");
}
