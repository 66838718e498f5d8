using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using PlanReports.Store.Schema;

namespace PlanReports.Store;

/// <summary>
/// The store of plans and indicators: a SQLite file (the default) or a PostgreSQL database (the shared store),
/// with its schema from the numbered migrations in <c>Store/Migrations</c> (PostgreSQL's in
/// <c>Store/Migrations/PostgreSql</c>). SQLite connections have foreign keys enforced; PostgreSQL enforces them always.
/// </summary>
public sealed class PlanStore
{
    private readonly string connectionString;

    static PlanStore() => SqliteRuntime.EnsureConfigured();

    /// <summary>
    /// Names the store <paramref name="db"/>: a file path, a <c>postgres://</c> URL or a <c>Host=...;Database=...</c>
    /// connection string; nothing is opened or created until asked.
    /// </summary>
    public PlanStore(string db)
    {
        Location = StoreLocation.Parse(db);
        connectionString = Location.Engine == StoreEngine.Sqlite
            ? new SqliteConnectionStringBuilder
            {
                DataSource = Location.ConnectionString,
                ForeignKeys = true,
                // A batch tool opens few connections; without pooling the file is released on Dispose, so a
                // fresh build can delete and recreate it.
                Pooling = false,
            }.ToString()
            : Location.ConnectionString;
    }

    /// <summary>Which engine, and how to reach it.</summary>
    public StoreLocation Location { get; }

    /// <summary>The engine holding the store.</summary>
    public StoreEngine Engine => Location.Engine;

    /// <summary>What <c>--db</c> takes to name this store again: the full path of a SQLite file, or the PostgreSQL connection string.</summary>
    public string Path => Location.ConnectionString;

    /// <summary>How messages name the store (no password).</summary>
    public string DisplayName => Location.DisplayName;

    /// <summary>True when the store exists: the SQLite file, or the PostgreSQL database with the schema created by <c>init</c>.</summary>
    public bool Exists
    {
        get
        {
            if (Engine == StoreEngine.Sqlite)
            {
                return File.Exists(Path);
            }

            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return StoreDialect.TableExists(connection, "schema_version");
        }
    }

    /// <summary>Opens a read-write connection to an existing store (it must have been initialised).</summary>
    public DbConnection Open()
    {
        if (!Exists)
        {
            throw new StoreNotFoundException(DisplayName);
        }

        var connection = OpenOrCreate();
        RequireCurrentSchema(connection);
        return connection;
    }

    /// <summary>Opens a read-only connection, for reports and validation.</summary>
    public DbConnection OpenReadOnly()
    {
        if (!Exists)
        {
            throw new StoreNotFoundException(DisplayName);
        }

        if (Engine == StoreEngine.PostgreSql)
        {
            // The server refuses any write on this session, as SQLite's read-only mode does.
            var readOnly = new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c default_transaction_read_only=on" };
            var postgres = new NpgsqlConnection(readOnly.ConnectionString);
            postgres.Open();
            RequireCurrentSchema(postgres);
            return postgres;
        }

        RollBackHotJournal();
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// An import killed while writing (kill -9, a power cut) leaves a hot journal beside the store, and only a
    /// connection that may write can roll it back: a read-only one fails with "attempt to write a readonly database".
    /// So when a journal is there, a read-write connection reads the store once first, which makes SQLite roll a hot
    /// journal back and restore the old store; a live import's journal is left alone (its writer holds the lock). A
    /// store the process cannot write is left to the read-only connection, which reports the journal as before.
    /// </summary>
    private void RollBackHotJournal()
    {
        if (!File.Exists(Path + "-journal"))
        {
            return;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            command.ExecuteScalar();
        }
        catch (SqliteException)
        {
            // Read-only file or folder: the read-only connection opened next gives the error.
        }
    }

    /// <summary>
    /// Creates the store if needed and applies every migration not yet applied. Running it again on an
    /// up-to-date store changes nothing; a migration whose text changed after it was applied is an error.
    /// </summary>
    public MigrationReport Initialise()
    {
        if (Engine == StoreEngine.Sqlite)
        {
            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        using var connection = OpenOrCreate();
        return new Migrator(MigrationCatalogue.Embedded(Engine)).Apply(connection);
    }

    /// <summary>
    /// Deletes the store, for a fresh build: the SQLite file, or on PostgreSQL the store's own tables (those the
    /// migrations create), leaving anything else in the database alone.
    /// </summary>
    public void Delete()
    {
        if (Engine == StoreEngine.Sqlite)
        {
            File.Delete(Path);
            File.Delete(Path + "-journal");
            return;
        }

        var tables = StoreSchema.Canonical().Tables.Select(t => t.Name).Append("schema_version");
        using var connection = OpenOrCreate();
        connection.Execute($"DROP TABLE IF EXISTS {string.Join(", ", tables.Select(StoreSchema.Quote))} CASCADE");
    }

    /// <summary>
    /// A PostgreSQL store is shared, so it may have been created by an older PlanReports; its schema is read from the
    /// migrations (see StoreSchema.For), so it must be at their version. (A SQLite store's schema is read from the file.)
    /// </summary>
    private void RequireCurrentSchema(DbConnection connection)
    {
        if (Engine != StoreEngine.PostgreSql)
        {
            return;
        }

        var latest = MigrationCatalogue.Embedded(Engine)[^1].Version;
        var version = connection.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_version") ?? 0;
        if (version != latest)
        {
            connection.Dispose();
            throw new MigrationException(
                $"The store {DisplayName} is at schema version {version} and this PlanReports works with version {latest}: run 'planreports init' to bring it up to date.");
        }
    }

    private DbConnection OpenOrCreate()
    {
        DbConnection connection = Engine == StoreEngine.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }
}
