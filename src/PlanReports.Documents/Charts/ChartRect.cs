using PlanReports.Documents.Model;

namespace PlanReports.Documents.Charts;

/// <summary>A filled rectangle with an outline in <paramref name="Stroke"/>, solid or dashed.</summary>
public sealed record ChartRect(double X, double Y, double Width, double Height, Colour Fill, Colour Stroke, IReadOnlyList<double> Dash) : ChartShape;
