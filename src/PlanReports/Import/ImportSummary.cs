namespace PlanReports.Import;

/// <summary>What an import wrote: rows per table, in the order they were written.</summary>
public sealed record ImportSummary(IReadOnlyList<ImportedTable> Tables)
{
    /// <summary>All rows written.</summary>
    public int TotalRows => Tables.Sum(t => t.Rows);
}
