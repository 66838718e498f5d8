using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using PlanReports.Store.Schema;
using SQLitePCL;

namespace PlanReports.Import;

/// <summary>
/// Writes checked tables inside the caller's transaction: replaced tables are emptied and a workbook's scoped
/// rows deleted (children first), rows inserted parents first with foreign keys deferred to commit (so a
/// self-referencing table may list a child before its parent), and a final check finds rows left pointing at
/// replaced or deleted rows; on SQLite, the database's own foreign-key check then runs over the tables written.
/// SQLite gets one prepared INSERT per table, reused for every row and bound by position through SQLite's own API
/// (ADO.NET parameters cost more than the insert itself); PostgreSQL gets binary COPY. Both report the same errors.
/// </summary>
internal static class ImportWriter
{
    /// <summary>At most this many dangling rows are reported: enough to see the pattern.</summary>
    private const int MaxDangling = 20;

    /// <summary>Stands for "nothing bound yet" in <see cref="Insert"/>: no row value is this object.</summary>
    private static readonly object Unbound = new();

    public static IReadOnlyList<ImportError> Write(DbConnection connection, DbTransaction transaction, StoreSchema schema, IReadOnlyList<CheckedTable> tables)
    {
        var held = Clear(connection, transaction, schema, tables);
        foreach (var table in tables)
        {
            if (connection is SqliteConnection sqlite)
            {
                Insert(sqlite, table);
            }
            else
            {
                Copy((NpgsqlConnection)connection, table);
            }
        }

        return Finish(connection, transaction, schema, tables, held);
    }

    /// <summary>
    /// Writes the tables of an import that only adds rows (it replaces no table and deletes no rows) into SQLite, each
    /// as soon as <paramref name="handedOver"/> yields it (the checker hands each table over once checked, and goes on
    /// with the next), then finds what <see cref="Write"/> finds. Nothing is deleted, so no row already in the store can
    /// be left dangling: SQLite's foreign-key check over the written tables is the check behind the importer's.
    /// </summary>
    public static IReadOnlyList<ImportError> WriteAsHandedOver(SqliteConnection connection, DbTransaction transaction, StoreSchema schema, IEnumerable<CheckedTable> handedOver)
    {
        var held = Clear(connection, transaction, schema, []);
        var written = new List<CheckedTable>();
        foreach (var table in handedOver)
        {
            Insert(connection, table);
            written.Add(table);
        }

        return Finish(connection, transaction, schema, written, held);
    }

    /// <summary>
    /// Defers foreign keys to the commit, notes the tables that may dangle, then empties replaced tables and deletes
    /// scoped rows, children first; returns the tables that may dangle (see <see cref="TablesHoldingRows"/>).
    /// </summary>
    private static HashSet<string> Clear(DbConnection connection, DbTransaction transaction, StoreSchema schema, IReadOnlyList<CheckedTable> tables)
    {
        connection.Execute(connection is SqliteConnection ? "PRAGMA defer_foreign_keys = ON" : "SET CONSTRAINTS ALL DEFERRED", transaction: transaction);
        var held = TablesHoldingRows(connection, transaction, schema, tables);

        foreach (var table in tables.Where(t => t.Replace).Reverse())
        {
            connection.Execute($"DELETE FROM {StoreSchema.Quote(table.Schema.Name)}", transaction: transaction);
        }

        foreach (var table in tables.Where(t => !t.Replace && t.Scopes is { Count: > 0 }).Reverse())
        {
            DeleteScoped(connection, transaction, table);
        }

        return held;
    }

    /// <summary>After every row is in: rows left dangling by what was replaced or deleted, then (SQLite) the database's own check.</summary>
    private static List<ImportError> Finish(DbConnection connection, DbTransaction transaction, StoreSchema schema, IReadOnlyList<CheckedTable> tables, HashSet<string> held)
    {
        var errors = Dangling(connection, transaction, schema, tables, held);
        if (connection is SqliteConnection sqlite && errors.Count == 0)
        {
            errors.AddRange(DatabaseForeignKeyCheck(sqlite, transaction, tables, held));
        }

        return errors;
    }

    /// <summary>
    /// SQLite's own foreign-key check over the tables written to and those that may dangle: the database's check behind
    /// the importer's. The importer turns SQLite's lookups off while it writes (see <see cref="PlanImporter"/>): one
    /// pass over the tables afterwards costs about half as much as a lookup per inserted row (0.14-0.20 s against
    /// 0.31-0.39 s for the sample's largest tables, measured with the sqlite3 shell). A row found here got past the
    /// importer's checks, so it is reported by its foreign key's values, and nothing is written.
    /// </summary>
    private static List<ImportError> DatabaseForeignKeyCheck(SqliteConnection connection, DbTransaction transaction, IReadOnlyList<CheckedTable> tables, HashSet<string> held)
    {
        var errors = new List<ImportError>();
        var files = tables.ToDictionary(t => t.Schema.Name, t => string.Join(", ", t.Files), StringComparer.Ordinal);
        var checkedNames = tables.Where(t => t.Rows.Count > 0).Select(t => t.Schema.Name).Concat(held).Distinct(StringComparer.Ordinal);
        foreach (var table in checkedNames)
        {
            var violations = connection.Query<(string Table, long? RowId, string Parent, long Key)>(
                    $"PRAGMA foreign_key_check({StoreSchema.Quote(table)})", transaction: transaction)
                .Take(MaxDangling - errors.Count)
                .ToList();
            foreach (var violation in violations)
            {
                var columns = connection.Query<(long Id, string From)>(
                        "SELECT id, \"from\" FROM pragma_foreign_key_list(@table) ORDER BY seq", new { table }, transaction)
                    .Where(c => c.Id == violation.Key)
                    .Select(c => c.From)
                    .ToList();
                using var command = connection.CreateCommand();
                command.Transaction = (SqliteTransaction)transaction;
                command.CommandText = $"SELECT {string.Join(", ", columns.Select(StoreSchema.Quote))} FROM {StoreSchema.Quote(table)} WHERE rowid = $rowId";
                command.Parameters.AddWithValue("$rowId", violation.RowId);
                using var reader = command.ExecuteReader();
                var values = new object?[columns.Count];
                if (reader.Read())
                {
                    reader.GetValues(values!);
                }

                errors.Add(new ImportError(
                    files.GetValueOrDefault(table) ?? table,
                    null,
                    string.Join(", ", columns),
                    "foreign-key",
                    $"SQLite's foreign-key check after writing found {table} ({string.Join(", ", columns)}) = ({KeyText.Display(values)}) pointing at no {violation.Parent} row; nothing was written"));
            }

            if (errors.Count >= MaxDangling)
            {
                break;
            }
        }

        return errors;
    }

    /// <summary>
    /// The tables that may be left with dangling rows and held rows before the import: those pointing at a table it
    /// replaces or deletes from, unless replaced whole themselves. The rows this import adds were checked against what
    /// the store will hold, so a table that held none (a fresh store's) cannot dangle and is not searched.
    /// </summary>
    private static HashSet<string> TablesHoldingRows(DbConnection connection, DbTransaction transaction, StoreSchema schema, IReadOnlyList<CheckedTable> tables)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        var replaced = tables.Where(t => t.Replace || t.Scopes is { Count: > 0 }).Select(t => t.Schema.Name).ToHashSet(StringComparer.Ordinal);
        var whole = tables.Where(t => t.Replace).Select(t => t.Schema.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var child in schema.Tables.Where(c => !whole.Contains(c.Name) && c.ForeignKeys.Any(f => replaced.Contains(f.Table))))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT 1 FROM {StoreSchema.Quote(child.Name)} LIMIT 1";
            if (command.ExecuteScalar() is not (null or DBNull))
            {
                held.Add(child.Name);
            }
        }

        return held;
    }

    private static void DeleteScoped(DbConnection connection, DbTransaction transaction, CheckedTable table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"DELETE FROM {StoreSchema.Quote(table.Schema.Name)} WHERE "
            + string.Join(" OR ", table.Scopes!.Select((scope, i) => scope.Sql(command, i)));
        command.ExecuteNonQuery();
    }

    /// <summary>Runs inside the connection's open transaction, which the statement joins by sharing its handle.</summary>
    private static void Insert(SqliteConnection connection, CheckedTable table)
    {
        var columns = table.Schema.Columns;
        var sql = string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO {StoreSchema.Quote(table.Schema.Name)} ({string.Join(", ", columns.Select(c => StoreSchema.Quote(c.Name)))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})");
        var db = connection.Handle!;
        Succeeded(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        var utf8 = new byte[256];

        // A binding outlives sqlite3_reset, and rows repeat most of their neighbour's values as the very same objects
        // (the parser shares repeated cells, the checker each parsed value), so only the values that changed are bound.
        var bound = new object?[columns.Count];
        Array.Fill(bound, Unbound);
        using (statement)
        {
            foreach (var row in table.Rows)
            {
                var values = row.Values;
                for (var i = 0; i < values.Length; i++)
                {
                    var value = values[i];
                    if (ReferenceEquals(value, bound[i]))
                    {
                        continue;
                    }

                    Succeeded(db, value is string text ? BindText(statement, i + 1, text, ref utf8) : Bind(statement, i + 1, value));
                    bound[i] = value;
                }

                var step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_DONE)
                {
                    Succeeded(db, step);
                }

                raw.sqlite3_reset(statement);
            }
        }
    }

    /// <summary>Binds a value as Microsoft.Data.Sqlite would: whole numbers as INTEGER, floats as REAL, the rest as TEXT.</summary>
    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        long whole => raw.sqlite3_bind_int64(statement, index, whole),
        int whole => raw.sqlite3_bind_int64(statement, index, whole),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(statement, index, number),
        string text => raw.sqlite3_bind_text(statement, index, text),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => raw.sqlite3_bind_text(statement, index, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    /// <summary>
    /// Binds text as <c>raw.sqlite3_bind_text(statement, index, string)</c> does (UTF-8 through <see cref="Encoding.UTF8"/>),
    /// but encoded into one reused buffer instead of a new array per value; SQLite copies it. An empty text or one
    /// holding a NUL takes that call itself: an empty span would bind NULL, and a C string ends at its first NUL.
    /// </summary>
    private static int BindText(sqlite3_stmt statement, int index, string text, ref byte[] utf8)
    {
        if (text.Length == 0 || text.Contains('\0', StringComparison.Ordinal))
        {
            return raw.sqlite3_bind_text(statement, index, text);
        }

        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > utf8.Length)
        {
            utf8 = new byte[Math.Max(most, utf8.Length * 2)];
        }

        return raw.sqlite3_bind_text(statement, index, utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8)));
    }

    private static void Succeeded(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
        }
    }

    /// <summary>Binary COPY: one round trip per table, values converted to the column's type as SQLite's affinity would store them.</summary>
    private static void Copy(NpgsqlConnection connection, CheckedTable table)
    {
        var columns = table.Schema.Columns;
        var types = columns.Select(c => c.Kind switch
        {
            ColumnKind.Integer => NpgsqlDbType.Bigint,
            ColumnKind.Real => NpgsqlDbType.Double,
            _ => NpgsqlDbType.Text,
        }).ToArray();
        using var writer = connection.BeginBinaryImport(
            $"COPY {StoreSchema.Quote(table.Schema.Name)} ({string.Join(", ", columns.Select(c => StoreSchema.Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in table.Rows)
        {
            writer.StartRow();
            var values = row.Values;
            for (var i = 0; i < values.Length; i++)
            {
                switch (values[i])
                {
                    case null:
                        writer.WriteNull();
                        break;
                    case var value when types[i] == NpgsqlDbType.Bigint:
                        writer.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
                        break;
                    case var value when types[i] == NpgsqlDbType.Double:
                        writer.Write(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double);
                        break;
                    case var value:
                        writer.Write(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, NpgsqlDbType.Text);
                        break;
                }
            }
        }

        writer.Complete();
    }

    /// <summary>
    /// Rows anywhere in the store whose foreign key no longer resolves because the table it points at was replaced.
    /// Rows this import adds were checked already, so only replaced tables and scoped deletions can leave any, and only
    /// in the tables that held rows before (<paramref name="held"/>).
    /// Each row is named by its primary key, which both engines have (SQLite's rowid has no PostgreSQL twin).
    /// </summary>
    private static List<ImportError> Dangling(DbConnection connection, DbTransaction transaction, StoreSchema schema, IReadOnlyList<CheckedTable> tables,
        HashSet<string> held)
    {
        var errors = new List<ImportError>();
        var replaced = tables.Where(t => t.Replace || t.Scopes is { Count: > 0 }).ToDictionary(t => t.Schema.Name, StringComparer.Ordinal);
        foreach (var child in schema.Tables.Where(c => held.Contains(c.Name)))
        {
            foreach (var foreignKey in child.ForeignKeys.Where(f => replaced.ContainsKey(f.Table)))
            {
                if (errors.Count >= MaxDangling)
                {
                    return errors;
                }

                var key = child.UniqueKeys.FirstOrDefault(k => k.IsPrimaryKey)?.Columns ?? foreignKey.Columns;
                var sql = string.Create(CultureInfo.InvariantCulture, $"""
                    SELECT {string.Join(", ", key.Concat(foreignKey.Columns).Select(c => "c." + StoreSchema.Quote(c)))}
                    FROM {StoreSchema.Quote(child.Name)} c
                    WHERE {string.Join(" AND ", foreignKey.Columns.Select(c => $"c.{StoreSchema.Quote(c)} IS NOT NULL"))}
                      AND NOT EXISTS (SELECT 1 FROM {StoreSchema.Quote(foreignKey.Table)} p
                                      WHERE {string.Join(" AND ", foreignKey.Columns.Select((c, i) => $"p.{StoreSchema.Quote(foreignKey.TargetColumns[i])} = c.{StoreSchema.Quote(c)}"))})
                    ORDER BY {string.Join(", ", key.Select(c => "c." + StoreSchema.Quote(c)))}
                    LIMIT {MaxDangling - errors.Count}
                    """);
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                using var reader = command.ExecuteReader();
                var values = new object?[key.Count + foreignKey.Columns.Count];
                while (reader.Read())
                {
                    reader.GetValues(values!);
                    var source = replaced[foreignKey.Table];
                    errors.Add(new ImportError(
                        string.Join(", ", source.Files),
                        null,
                        null,
                        "foreign-key",
                        $"replacing {foreignKey.Table} would leave {child.Name} row ({string.Join(", ", key)}) = ({KeyText.Display(values.Take(key.Count))}) in the store without the {foreignKey.Table} row ({string.Join(", ", foreignKey.TargetColumns)}) = ({KeyText.Display(values.Skip(key.Count))}) it refers to"));
                }
            }
        }

        return errors;
    }
}
