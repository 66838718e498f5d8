namespace PlanReports.Documents.Model;

/// <summary>One named series of a chart: one value per category, in the chart's category order.</summary>
/// <param name="Name">The name shown in the legend and the data table.</param>
/// <param name="Values">One value per category; null where there is no value (a gap in a line, no bar).</param>
/// <param name="Colour">The series colour; null takes the theme's chart palette in series order.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, Colour? Colour = null);
