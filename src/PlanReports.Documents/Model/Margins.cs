namespace PlanReports.Documents.Model;

/// <summary>Page margins in points.</summary>
public sealed record Margins(double Top, double Right, double Bottom, double Left);
