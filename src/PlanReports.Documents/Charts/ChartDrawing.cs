namespace PlanReports.Documents.Charts;

/// <summary>A chart laid out for one width: its height and its shapes in drawing order (grid, data, labels).</summary>
public sealed record ChartDrawing(double Width, double Height, IReadOnlyList<ChartShape> Shapes);
