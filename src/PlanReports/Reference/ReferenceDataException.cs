namespace PlanReports.Reference;

/// <summary>
/// A reference data file broke a rule. The message always reads
/// <c>file:line:column: rule</c> (line and column left out when the rule is about the file as a whole) so a
/// policy lead editing the YAML can go straight to the place.
/// </summary>
public sealed class ReferenceDataException : Exception
{
    public ReferenceDataException(string filePath, int? line, int? column, string rule, Exception? inner = null)
        : base(Describe(filePath, line, column, rule), inner)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Rule = rule;
    }

    public ReferenceDataException()
        : this("(unknown file)", null, null, "reference data is invalid")
    {
    }

    public ReferenceDataException(string message)
        : this("(unknown file)", null, null, message)
    {
    }

    public ReferenceDataException(string message, Exception innerException)
        : this("(unknown file)", null, null, message, innerException)
    {
    }

    /// <summary>The file as given to the loader.</summary>
    public string FilePath { get; }

    /// <summary>1-based line, or null when the rule concerns the whole file.</summary>
    public int? Line { get; }

    /// <summary>1-based column, or null when the rule concerns the whole file.</summary>
    public int? Column { get; }

    /// <summary>The rule that was broken, in words.</summary>
    public string Rule { get; }

    private static string Describe(string filePath, int? line, int? column, string rule) =>
        line is null
            ? $"{filePath}: {rule}"
            : column is null
                ? $"{filePath}:{line}: {rule}"
                : $"{filePath}:{line}:{column}: {rule}";
}
