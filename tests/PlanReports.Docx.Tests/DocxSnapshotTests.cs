using PlanReports.Docx.Tests.Projection;
using PlanReports.Docx.Tests.Samples;
using PlanReports.Testing;

namespace PlanReports.Docx.Tests;

/// <summary>
/// The readable projection of each sample (paragraphs with style names, tables as rows, header and footer,
/// section properties) matches its verified snapshot.
/// </summary>
public sealed class DocxSnapshotTests
{
    [Fact]
    public void Formal_letter_projection_matches_snapshot() =>
        Snapshot.Verify("formal-letter.docx.txt", DocxProjection.Project(DocxFiles.Render(SampleDocuments.FormalLetter())));

    [Fact]
    public void Hostile_input_projection_matches_snapshot() =>
        Snapshot.Verify("hostile-input.docx.txt", DocxProjection.Project(DocxFiles.Render(SampleDocuments.HostileInput())));
}
