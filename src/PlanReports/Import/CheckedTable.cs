using PlanReports.Store.Schema;

namespace PlanReports.Import;

/// <summary>All rows for one table that passed every check, ready to write; <paramref name="Scopes"/> are the store rows deleted first.</summary>
internal sealed record CheckedTable(TableSchema Schema, bool Replace, IReadOnlyList<CheckedRow> Rows, IReadOnlyList<string> Files,
    IReadOnlyList<ImportScope>? Scopes = null);
