namespace PlanReports.Documents.Model;

/// <summary>A fixed value drawn across a chart's plot as a dashed line and named in the legend, such as a national standard.</summary>
public sealed record ReferenceLine(string Label, double Value);
