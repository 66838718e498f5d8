namespace PlanReports.Documents.Charts;

/// <summary>A chart laid out for one width: its height and its shapes in drawing order (grid, data, labels).</summary>
public sealed record ChartDrawing(double Width, double Height, IReadOnlyList<ChartShape> Shapes)
{
    /// <summary>
    /// The segments of a stacked bar chart that carry their value, as (series, category): those with a value other
    /// than zero and wide enough for it. A Word chart labels every point itself, so it deletes the others' labels.
    /// </summary>
    public IReadOnlySet<(int Series, int Category)> LabelledSegments { get; init; } = new HashSet<(int, int)>();
}
