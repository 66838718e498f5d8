namespace PlanReports.Documents.Model;

/// <summary>
/// Where a node came from, so an error in layout or rendering can name the report, template file and line
/// that produced it (as Markdig nodes carry their source span).
/// </summary>
public sealed record SourceRef(string Report, string Template, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{Report}: {Template} line {Line}";
}
