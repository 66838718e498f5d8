namespace PlanReports.Store.Schema;

/// <summary>A CHECK constraint from the table's CREATE statement.</summary>
/// <param name="Name">The constraint's name (the schema names every one; unnamed ones get <c>table_check_N</c>).</param>
/// <param name="Expression">The SQL expression inside CHECK ( … ).</param>
/// <param name="Columns">The table's columns the expression mentions, in table order.</param>
internal sealed record CheckConstraintSchema(string Name, string Expression, IReadOnlyList<string> Columns);
