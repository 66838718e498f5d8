using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PlanReports.Store.Schema;

/// <summary>
/// The store's tables as SQLite reports them (<c>PRAGMA table_info</c>, <c>index_list</c>,
/// <c>foreign_key_list</c> and the CREATE statements), so import and validation follow the migrations
/// without a line of per-table code.
/// </summary>
internal sealed class StoreSchema
{
    private readonly Dictionary<string, TableSchema> tables;

    private StoreSchema(IReadOnlyList<TableSchema> ordered)
    {
        Tables = ordered;
        tables = ordered.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>Every data table, parents before children (the order rows can be inserted in).</summary>
    public IReadOnlyList<TableSchema> Tables { get; }

    public TableSchema? Table(string name) => tables.GetValueOrDefault(name);

    /// <summary>
    /// The schema of the store behind <paramref name="connection"/>. A PostgreSQL store was built by the PostgreSQL
    /// migrations, whose schema a test holds equal to the SQLite migrations', so it is read from those, and its
    /// CHECK expressions keep the SQLite spelling <see cref="Import.CheckConstraintEvaluator"/> evaluates.
    /// </summary>
    public static StoreSchema For(DbConnection connection) =>
        connection is SqliteConnection sqlite ? Read(sqlite) : Canonical();

    /// <summary>The schema the embedded SQLite migrations create, read from a private in-memory database.</summary>
    public static StoreSchema Canonical()
    {
        using var connection = OpenCanonical();
        return Read(connection);
    }

    /// <summary>An in-memory SQLite database with every embedded migration applied; it lives as long as the connection.</summary>
    public static SqliteConnection OpenCanonical()
    {
        SqliteRuntime.EnsureConfigured();
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        new Migrator(MigrationCatalogue.Embedded(StoreEngine.Sqlite)).Apply(connection);
        return connection;
    }

    public static StoreSchema Read(SqliteConnection connection)
    {
        var created = Rows(connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version' ORDER BY name",
            r => (Name: r.GetString(0), Sql: r.GetString(1)));
        var read = created.Select(t => ReadTable(connection, t.Name, t.Sql)).ToList();
        return new StoreSchema(DependencyOrder(read));
    }

    // Plain readers rather than Dapper: the schema is read at the start of every import, where Dapper's first use of
    // each row type (code generated at run time, then compiled) cost more than the queries themselves.
    private static TableSchema ReadTable(SqliteConnection connection, string table, string sql)
    {
        var columns = Rows(connection, $"SELECT cid, name, type, \"notnull\", dflt_value, pk FROM pragma_table_info({Literal(table)}) ORDER BY cid",
                r => (Name: r.GetString(1), Type: r.GetString(2), NotNull: r.GetInt64(3), Dflt: r.IsDBNull(4) ? null : r.GetString(4), Pk: r.GetInt64(5)))
            // A primary-key column must have a value: SQLite lets a TEXT key be NULL (a quirk it keeps for old files),
            // PostgreSQL does not, so the importer holds both engines to the stricter rule.
            .Select(c => new ColumnSchema(c.Name, KindOf(c.Name, c.Type), c.NotNull != 0 || c.Pk > 0, c.Dflt, (int)c.Pk))
            .ToList();

        var keys = new List<UniqueKeySchema>();
        var primary = columns.Where(c => c.PrimaryKeyPosition > 0).OrderBy(c => c.PrimaryKeyPosition).Select(c => c.Name).ToList();
        if (primary.Count > 0)
        {
            keys.Add(new UniqueKeySchema(primary, IsPrimaryKey: true));
        }

        foreach (var index in Rows(connection, $"SELECT name FROM pragma_index_list({Literal(table)}) WHERE \"unique\" = 1 AND origin = 'u' ORDER BY name", r => r.GetString(0)))
        {
            var indexColumns = Rows(connection, $"SELECT name FROM pragma_index_info({Literal(index)}) ORDER BY seqno", r => r.GetString(0));
            keys.Add(new UniqueKeySchema(indexColumns, IsPrimaryKey: false));
        }

        var foreignKeys = Rows(connection, $"SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list({Literal(table)}) ORDER BY id, seq",
                r => (Id: r.GetInt64(0), Table: r.GetString(1), From: r.GetString(2), To: r.IsDBNull(3) ? null : r.GetString(3)))
            .GroupBy(f => f.Id)
            .Select(g => new ForeignKeySchema(
                g.Select(f => f.From).ToList(),
                g.First().Table,
                g.Select(f => f.To ?? f.From).ToList()))
            .ToList();

        var checks = CheckConstraintParser.Parse(table, sql, columns.Select(c => c.Name).ToList());
        return new TableSchema(table, columns, keys, foreignKeys, checks);
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static ColumnKind KindOf(string name, string declaredType)
    {
        if (DateColumns.IsDate(name))
        {
            return ColumnKind.Date;
        }

        // SQLite's affinity rules, section 3.1 of its datatype page: INT anywhere means INTEGER; REAL, FLOA, DOUB mean REAL.
        var type = declaredType.ToUpperInvariant();
        if (type.Contains("INT", StringComparison.Ordinal))
        {
            return ColumnKind.Integer;
        }

        return type.Contains("REAL", StringComparison.Ordinal) || type.Contains("FLOA", StringComparison.Ordinal) || type.Contains("DOUB", StringComparison.Ordinal)
            ? ColumnKind.Real
            : ColumnKind.Text;
    }

    /// <summary>Topological order by foreign keys (self-references ignored); ties broken by name so the order is stable.</summary>
    private static List<TableSchema> DependencyOrder(IReadOnlyList<TableSchema> tables)
    {
        var byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<TableSchema>();
        void Visit(TableSchema table, HashSet<string> path)
        {
            if (done.Contains(table.Name) || !path.Add(table.Name))
            {
                return;
            }

            foreach (var dependency in table.Dependencies.Order(StringComparer.Ordinal))
            {
                if (byName.TryGetValue(dependency, out var parent))
                {
                    Visit(parent, path);
                }
            }

            done.Add(table.Name);
            ordered.Add(table);
        }

        foreach (var table in tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Visit(table, new HashSet<string>(StringComparer.Ordinal));
        }

        return ordered;
    }

    /// <summary>A double-quoted SQL identifier.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
