namespace PlanReports.Store.Schema;

/// <summary>A column as <c>PRAGMA table_info</c> describes it.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Kind">How values are parsed from text: by the declared type's affinity, or as an ISO date by name.</param>
/// <param name="NotNull">Declared NOT NULL.</param>
/// <param name="DefaultSql">The DEFAULT expression, or null.</param>
/// <param name="PrimaryKeyPosition">1-based position in the primary key, 0 when not part of it.</param>
internal sealed record ColumnSchema(string Name, ColumnKind Kind, bool NotNull, string? DefaultSql, int PrimaryKeyPosition)
{
    /// <summary>A value must be given: NOT NULL and no default to fall back on.</summary>
    public bool Required => NotNull && DefaultSql is null;
}
