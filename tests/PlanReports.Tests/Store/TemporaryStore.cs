using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using PlanReports.Store;

namespace PlanReports.Tests.Store;

/// <summary>
/// A store and a scratch folder under the system temp directory, deleted after the test. The store is a SQLite file
/// in the folder, or on PostgreSQL a schema of its own in the test database (see <see cref="TestPostgres"/>).
/// </summary>
public sealed class TemporaryStore : IDisposable
{
    private readonly string? schema;

    public TemporaryStore(StoreEngine engine = StoreEngine.Sqlite)
    {
        Folder = Path.Combine(Path.GetTempPath(), "planreports-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(Folder);
        Store = engine == StoreEngine.PostgreSql
            ? new PlanStore(TestPostgres.CreateSchema(out schema))
            : new PlanStore(Path.Combine(Folder, "store.db"));
    }

    public string Folder { get; }

    public PlanStore Store { get; }

    /// <summary>Creates the store with every migration applied.</summary>
    public TemporaryStore Initialised()
    {
        Store.Initialise();
        return this;
    }

    /// <summary>Writes a file in the scratch folder (subfolders allowed) and returns its path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Every row of every table, as text: two equal dumps mean an unchanged store.</summary>
    public string Dump()
    {
        using var connection = Store.OpenReadOnly();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = Store.Engine == StoreEngine.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name COLLATE \"C\"";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.Append("## ").AppendLine(table);
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    public long Count(string table)
    {
        using var connection = Store.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (schema is not null)
        {
            TestPostgres.DropSchema(schema);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover scratch folder in temp is harmless; never fail a test on clean-up.
        }
    }
}
