using PlanReports.Import;

namespace PlanReports.Cli.Commands;

/// <summary>One line per imported table, then the total: what <c>import</c> and <c>build</c> print.</summary>
internal static class ImportSummaryWriter
{
    public static void Write(ImportSummary summary, TextWriter output)
    {
        var width = summary.Tables.Count == 0 ? 0 : summary.Tables.Max(t => t.Table.Length);
        foreach (var table in summary.Tables)
        {
            output.WriteLine($"  {table.Table.PadRight(width)}  {table.Rows,7}{(table.Replaced ? "  (replaced)" : string.Empty)}");
        }

        output.WriteLine($"Imported {summary.TotalRows} row(s) into {summary.Tables.Count} table(s).");
    }
}
