namespace PlanReports.Reports;

/// <summary>A filter given input it cannot format; the template renderer turns it into a <see cref="ReportTemplateException"/> with the line.</summary>
internal sealed class TemplateFilterException(string filter, string problem)
    : Exception($"filter '{filter}' {problem}")
{
    public string Filter { get; } = filter;
}
