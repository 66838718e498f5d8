namespace PlanReports.Documents.Model;

/// <summary>One bar of a <see cref="BarChart"/>.</summary>
public sealed record Bar(string Label, double Value, Colour Fill);
