using PlanReports.Documents.Model;

namespace PlanReports.Docx.Charts;

/// <summary>
/// Where a chart's data sits in its embedded workbook (Sheet1): category labels in column A from row 2, each series
/// in its own column from B with its name in row 1, then one column per reference line. The chart part's formulas
/// and the workbook's cells are both written from here, so they always agree.
/// </summary>
internal static class ChartSheet
{
    public const string SheetName = "Sheet1";

    /// <summary>The spreadsheet column letters of a 0-based column index (0 = A, 26 = AA).</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The header cell of data column <paramref name="column"/> (1 = the first series), e.g. Sheet1!$B$1.</summary>
    public static string NameCell(int column) => $"{SheetName}!${Column(column)}$1";

    /// <summary>The category labels, e.g. Sheet1!$A$2:$A$13.</summary>
    public static string Categories(Chart chart) => Range(0, chart.Categories.Count);

    /// <summary>The values of data column <paramref name="column"/>.</summary>
    public static string Values(int column, Chart chart) => Range(column, chart.Categories.Count);

    private static string Range(int column, int rows) => $"{SheetName}!${Column(column)}$2:${Column(column)}${rows + 1}";
}
