namespace PlanReports.Reports;

/// <summary>A Liquid range is longer than a template may loop over; the template renderer adds the line.</summary>
internal sealed class TemplateRangeException(string problem) : Exception(problem);
