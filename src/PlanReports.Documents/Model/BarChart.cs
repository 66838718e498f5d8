namespace PlanReports.Documents.Model;

/// <summary>A horizontal bar chart: one bar per item, with an optional reference line (for example a national standard).</summary>
/// <param name="Bars">Bars in order, top to bottom.</param>
/// <param name="Maximum">The value at the right-hand end of the axis.</param>
/// <param name="ReferenceValue">A value marked with a vertical line, or null.</param>
/// <param name="ReferenceLabel">The label of the reference line.</param>
/// <param name="ValueFormat">A .NET numeric format string for bar labels.</param>
public sealed record BarChart(
    IReadOnlyList<Bar> Bars,
    double Maximum,
    double? ReferenceValue = null,
    string? ReferenceLabel = null,
    string ValueFormat = "N1");
