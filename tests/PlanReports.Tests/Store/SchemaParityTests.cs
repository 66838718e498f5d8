using Dapper;
using PlanReports.Store;
using PlanReports.Store.Schema;

namespace PlanReports.Tests.Store;

/// <summary>
/// The PostgreSQL migrations build the schema the SQLite migrations build: the same tables and columns in the same
/// order, the same types (BIGINT for INTEGER, DOUBLE PRECISION for REAL, TEXT), nullability and defaults, the same
/// primary, unique and foreign keys, and the same named CHECK constraints; and every text column sorts by code point.
/// The importer relies on this: for a PostgreSQL store it reads the schema from the SQLite migrations.
/// </summary>
public sealed class SchemaParityTests
{
    [PostgresFact]
    public void Postgresql_migrations_build_the_same_schema_as_sqlite_migrations()
    {
        using var postgres = new TemporaryStore(StoreEngine.PostgreSql).Initialised();
        using var connection = postgres.Store.Open();

        var expected = Describe(StoreSchema.Canonical());
        var actual = Describe(connection);

        Assert.True(expected.Count > 200, $"only {expected.Count} schema facts read from SQLite");
        Assert.Equal(expected, actual);
    }

    [PostgresFact]
    public void Every_postgresql_text_column_uses_the_c_collation()
    {
        using var postgres = new TemporaryStore(StoreEngine.PostgreSql).Initialised();
        using var connection = postgres.Store.Open();

        var other = connection.Query<string>(
            """
            SELECT table_name || '.' || column_name || ' ' || COALESCE(collation_name, 'default')
            FROM information_schema.columns
            WHERE table_schema = current_schema() AND data_type = 'text' AND table_name <> 'schema_version'
              AND COALESCE(collation_name, '') <> 'C'
            """).ToList();

        Assert.Empty(other);
    }

    private static List<string> Describe(StoreSchema schema)
    {
        var facts = new List<string>();
        foreach (var table in schema.Tables)
        {
            facts.AddRange(table.Columns.Select((c, i) =>
                $"{table.Name} column {i + 1} {c.Name} {(c.Kind == ColumnKind.Date ? ColumnKind.Text : c.Kind)} {(c.NotNull ? "not null" : "null")} default {c.DefaultSql ?? "none"}"));
            facts.AddRange(table.UniqueKeys.Select(k => $"{table.Name} {(k.IsPrimaryKey ? "primary" : "unique")} ({string.Join(", ", k.Columns)})"));
            facts.AddRange(table.ForeignKeys.Select(f => $"{table.Name} foreign ({string.Join(", ", f.Columns)}) -> {f.Table} ({string.Join(", ", f.TargetColumns)})"));
            facts.AddRange(table.Checks.Select(c => $"{table.Name} check {c.Name}"));
        }

        return facts.Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Describe(System.Data.IDbConnection connection)
    {
        var facts = connection.Query<(string Table, long Position, string Column, string Type, string Nullable, string? Default)>(
                """
                SELECT table_name, ordinal_position, column_name, data_type, is_nullable, column_default
                FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> 'schema_version'
                """)
            .Select(c => $"{c.Table} column {c.Position} {c.Column} {Kind(c.Type)} {(c.Nullable == "NO" ? "not null" : "null")} default {Default(c.Default)}")
            .ToList();
        facts.AddRange(connection.Query<(string Table, string Kind, string Name, string Columns, string? Target, string? TargetColumns)>(
                """
                SELECT t.relname, c.contype::text, c.conname,
                       (SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
                       f.relname,
                       (SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                        JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)
                FROM pg_constraint c
                JOIN pg_class t ON t.oid = c.conrelid
                JOIN pg_namespace s ON s.oid = t.relnamespace
                LEFT JOIN pg_class f ON f.oid = c.confrelid
                WHERE s.nspname = current_schema() AND t.relname <> 'schema_version'
                """)
            .Select(c => c.Kind switch
            {
                "p" => $"{c.Table} primary ({c.Columns})",
                "u" => $"{c.Table} unique ({c.Columns})",
                "f" => $"{c.Table} foreign ({c.Columns}) -> {c.Target} ({c.TargetColumns})",
                _ => $"{c.Table} check {c.Name}",
            }));
        return facts.Order(StringComparer.Ordinal).ToList();
    }

    private static string Kind(string type) => type switch
    {
        "bigint" => nameof(ColumnKind.Integer),
        "double precision" => nameof(ColumnKind.Real),
        "text" => nameof(ColumnKind.Text),
        _ => type,
    };

    /// <summary>PostgreSQL shows a default with its type (<c>'pct-cluster'::text</c>); SQLite as written.</summary>
    private static string Default(string? value) => value is null
        ? "none"
        : value.Replace("::text", string.Empty, StringComparison.Ordinal).Replace("::bigint", string.Empty, StringComparison.Ordinal);
}
