using Microsoft.Data.Sqlite;

namespace PlanReports.Store;

/// <summary>
/// The SQLite store of plans and indicators: one file, schema from the numbered migrations in
/// <c>Store/Migrations</c>. Every connection it opens has foreign keys enforced.
/// </summary>
public sealed class PlanStore
{
    private readonly string connectionString;

    /// <summary>Names the store at <paramref name="path"/>; nothing is opened or created until asked.</summary>
    public PlanStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            ForeignKeys = true,
            // A batch tool opens few connections; without pooling the file is released on Dispose, so a
            // fresh build can delete and recreate it.
            Pooling = false,
        }.ToString();
    }

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }

    /// <summary>True when the store file exists.</summary>
    public bool Exists => File.Exists(Path);

    /// <summary>Opens a read-write connection to an existing store (it must have been initialised).</summary>
    public SqliteConnection Open()
    {
        if (!Exists)
        {
            throw new StoreNotFoundException(Path);
        }

        return OpenOrCreate();
    }

    /// <summary>Opens a read-only connection, for reports and validation.</summary>
    public SqliteConnection OpenReadOnly()
    {
        if (!Exists)
        {
            throw new StoreNotFoundException(Path);
        }

        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Creates the store file if needed and applies every migration not yet applied. Running it again on an
    /// up-to-date store changes nothing; a migration whose text changed after it was applied is an error.
    /// </summary>
    public MigrationReport Initialise()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = OpenOrCreate();
        return new Migrator(MigrationCatalogue.Embedded()).Apply(connection);
    }

    /// <summary>Deletes the store file, for a fresh build.</summary>
    public void Delete()
    {
        File.Delete(Path);
        File.Delete(Path + "-journal");
    }

    private SqliteConnection OpenOrCreate()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
