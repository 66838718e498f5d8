namespace PlanReports.Documents.Markdown;

/// <summary>
/// A template breaks a rule (unknown component, unclosed container, heading deeper than 3, raw HTML…). The message
/// names the report, the template file, the 1-based line and the rule, so the author knows what to change where.
/// </summary>
public sealed class DocumentTemplateException : Exception
{
    /// <summary>Creates the exception for one broken rule.</summary>
    public DocumentTemplateException(string report, string template, int line, string rule, Exception? innerException = null)
        : base($"{report}: {template} line {line}: {rule}", innerException)
    {
        Report = report;
        Template = template;
        Line = line;
        Rule = rule;
    }

    /// <summary>The report id.</summary>
    public string Report { get; }

    /// <summary>The template file.</summary>
    public string Template { get; }

    /// <summary>The 1-based line in the template.</summary>
    public int Line { get; }

    /// <summary>The rule that was broken, in words.</summary>
    public string Rule { get; }
}
