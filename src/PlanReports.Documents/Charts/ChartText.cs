using PlanReports.Documents.Model;

namespace PlanReports.Documents.Charts;

/// <summary>A one-line label with its baseline at <paramref name="Baseline"/>, placed by <paramref name="Anchor"/>.</summary>
public sealed record ChartText(double X, double Baseline, string Text, TextAnchor Anchor, double Size, bool Bold, Colour Colour) : ChartShape;
