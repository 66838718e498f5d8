namespace PlanReports.Reports;

/// <summary>A report.yaml that cannot be used: names the file, the line and the rule it broke.</summary>
public sealed class ReportDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportDefinitionException(string file, int line, string rule)
        : base($"{file} line {line}: {rule}")
    {
        File = file;
        Line = line;
        Rule = rule;
    }

    /// <summary>The definition file.</summary>
    public string File { get; }

    /// <summary>The line in it (1-based; 1 when the whole file is at fault).</summary>
    public int Line { get; }

    /// <summary>What is wrong.</summary>
    public string Rule { get; }
}
