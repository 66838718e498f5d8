namespace PlanReports.Reports;

/// <summary>
/// A template that cannot be rendered: an undefined variable or filter, a Liquid syntax error or an unknown
/// component. Names the report, the template file and the line, so a policy author can find and fix it.
/// </summary>
public sealed class ReportTemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportTemplateException(string report, string template, int line, string problem, Exception? inner = null)
        : base($"Report '{report}', template {template}, line {line}: {problem}", inner)
    {
        Report = report;
        Template = template;
        Line = line;
        Problem = problem;
    }

    /// <summary>The report id.</summary>
    public string Report { get; }

    /// <summary>The template file, relative to reportdefs/ (e.g. "signoff-letter/template.md").</summary>
    public string Template { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>What is wrong, in words.</summary>
    public string Problem { get; }
}
