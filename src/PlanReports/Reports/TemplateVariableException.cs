namespace PlanReports.Reports;

/// <summary>A template used a name that is neither in the view model nor a global; the template renderer adds the line.</summary>
internal sealed class TemplateVariableException(string name)
    : Exception($"undefined variable '{name}'")
{
    public string Name { get; } = name;
}
