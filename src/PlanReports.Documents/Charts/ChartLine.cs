using PlanReports.Documents.Model;

namespace PlanReports.Documents.Charts;

/// <summary>An open line through <paramref name="Points"/> (two for a straight line), solid or dashed.</summary>
public sealed record ChartLine(IReadOnlyList<(double X, double Y)> Points, Colour Colour, double Width, IReadOnlyList<double> Dash) : ChartShape;
