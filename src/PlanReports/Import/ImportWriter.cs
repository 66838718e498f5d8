using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using PlanReports.Store.Schema;

namespace PlanReports.Import;

/// <summary>
/// Writes checked tables inside the caller's transaction: replaced tables are emptied and a workbook's scoped
/// rows deleted (children first), rows
/// inserted parents first with foreign keys deferred (so a self-referencing table may list a child before
/// its parent), and a final <c>foreign_key_check</c> catches rows left pointing at replaced reference data.
/// </summary>
internal static class ImportWriter
{
    public static IReadOnlyList<ImportError> Write(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CheckedTable> tables)
    {
        connection.Execute("PRAGMA defer_foreign_keys = ON", transaction: transaction);
        foreach (var table in tables.Where(t => t.Replace).Reverse())
        {
            connection.Execute($"DELETE FROM {StoreSchema.Quote(table.Schema.Name)}", transaction: transaction);
        }

        foreach (var table in tables.Where(t => !t.Replace && t.Scopes is { Count: > 0 }).Reverse())
        {
            DeleteScoped(connection, transaction, table);
        }

        foreach (var table in tables)
        {
            Insert(connection, transaction, table);
        }

        return Dangling(connection, transaction, tables);
    }

    private static void DeleteScoped(SqliteConnection connection, SqliteTransaction transaction, CheckedTable table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"DELETE FROM {StoreSchema.Quote(table.Schema.Name)} WHERE "
            + string.Join(" OR ", table.Scopes!.Select((scope, i) => scope.Sql(command, i)));
        command.ExecuteNonQuery();
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, CheckedTable table)
    {
        var columns = table.Schema.Columns;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO {StoreSchema.Quote(table.Schema.Name)} ({string.Join(", ", columns.Select(c => StoreSchema.Quote(c.Name)))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})");
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"$p{i}"), null));
        }

        command.Prepare();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Values.Length; i++)
            {
                command.Parameters[i].Value = row.Values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    /// <summary>Rows anywhere in the store whose foreign key no longer resolves, e.g. after reference data was replaced.</summary>
    private static List<ImportError> Dangling(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CheckedTable> tables)
    {
        var errors = new List<ImportError>();
        var replaced = tables.Where(t => t.Replace || t.Scopes is { Count: > 0 }).ToList();
        foreach (var problem in connection.Query<(string Table, long? RowId, string Parent)>(
                     "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check", transaction: transaction).Take(20))
        {
            var source = replaced.FirstOrDefault(t => t.Schema.Name == problem.Parent);
            errors.Add(new ImportError(
                source is null ? problem.Table : string.Join(", ", source.Files),
                null,
                null,
                "foreign-key",
                string.Create(CultureInfo.InvariantCulture,
                    $"replacing {problem.Parent} would leave {problem.Table} row {problem.RowId} in the store without the {problem.Parent} row it refers to")));
        }

        return errors;
    }
}
