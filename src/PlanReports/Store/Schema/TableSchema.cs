namespace PlanReports.Store.Schema;

/// <summary>One store table: columns, keys, foreign keys and CHECK constraints, read from SQLite itself.</summary>
internal sealed record TableSchema(
    string Name,
    IReadOnlyList<ColumnSchema> Columns,
    IReadOnlyList<UniqueKeySchema> UniqueKeys,
    IReadOnlyList<ForeignKeySchema> ForeignKeys,
    IReadOnlyList<CheckConstraintSchema> Checks)
{
    public ColumnSchema? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>Tables this one references, other than itself.</summary>
    public IEnumerable<string> Dependencies =>
        ForeignKeys.Select(f => f.Table).Where(t => t != Name).Distinct(StringComparer.Ordinal);
}
