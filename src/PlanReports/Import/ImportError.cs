using System.Globalization;

namespace PlanReports.Import;

/// <summary>One reason an import was rejected, naming where and which rule.</summary>
/// <param name="File">The file, as given on the command line (or found in a folder).</param>
/// <param name="Line">The 1-based line of the record, or null when the error is about the whole file (a workbook row: a number that orders rows by sheet, then row).</param>
/// <param name="Column">The column (CSV header name or YAML key), or null.</param>
/// <param name="Rule">A short stable rule id, e.g. <c>not-null</c>, <c>foreign-key</c>, or a CHECK constraint name like <c>rag_scale</c>.</param>
/// <param name="Message">What is wrong and what is expected.</param>
/// <param name="Cell">For a workbook, the sheet and cell (<c>Milestones!C12</c>) instead of a line; null for text files.</param>
public sealed record ImportError(string File, int? Line, string? Column, string Rule, string Message, string? Cell = null)
{
    /// <summary><c>file:line: column 'x': rule: message</c> (a workbook: <c>file: Sheet!C12: …</c>), the form every command prints.</summary>
    public override string ToString()
    {
        var where = Cell is not null ? $"{File}: {Cell}"
            : Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}") : File;
        var column = Column is null ? string.Empty : $" column '{Column}':";
        return $"{where}:{column} {Rule}: {Message}";
    }
}
