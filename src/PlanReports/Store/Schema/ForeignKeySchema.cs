namespace PlanReports.Store.Schema;

/// <summary>A foreign key as <c>PRAGMA foreign_key_list</c> describes it (one or more column pairs).</summary>
/// <param name="Columns">The referencing columns, in key order.</param>
/// <param name="Table">The referenced table.</param>
/// <param name="TargetColumns">The referenced columns, in key order.</param>
internal sealed record ForeignKeySchema(IReadOnlyList<string> Columns, string Table, IReadOnlyList<string> TargetColumns);
