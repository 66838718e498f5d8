using System.Text;
using Microsoft.Data.Sqlite;
using PlanReports.Store;

namespace PlanReports.Cli;

/// <summary>
/// Looks at the --db store (a SQLite file; a PostgreSQL store only for its schema) before a command uses it, so a wrong path gives one line naming the file and what is
/// wrong with it rather than an error from deep in SQLite ("file is not a database", "no such table").
/// </summary>
internal static class StoreFile
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>The store must exist and hold the PlanReports schema (import, validate, list, render, verify).</summary>
    public static void RequireStore(string path)
    {
        var location = StoreLocation.Parse(path);
        if (location.Engine == StoreEngine.PostgreSql)
        {
            // A server that cannot be reached fails with Npgsql's own one-line message (a DbException).
            if (!new PlanStore(path).Exists)
            {
                throw new StoreFileException($"{location.DisplayName}: the store is empty (it holds no PlanReports schema); run 'planreports init' first, or 'planreports build'.");
            }

            return;
        }

        var full = location.ConnectionString;
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new StoreNotFoundException(full);
        }

        RequireSqliteOrEmpty(full);
        if (new FileInfo(full).Length == 0 || !HasSchema(full))
        {
            throw new StoreFileException($"{full}: the store is empty (it holds no PlanReports schema); run 'planreports init' first, or 'planreports build'.");
        }
    }

    /// <summary>The path may be missing or an empty file (init creates the schema there), but anything else there must be a SQLite file.</summary>
    public static void RequireSqliteOrEmpty(string path)
    {
        var location = StoreLocation.Parse(path);
        if (location.Engine == StoreEngine.PostgreSql)
        {
            return;
        }

        var full = location.ConnectionString;
        if (Directory.Exists(full))
        {
            throw new StoreFileException($"{full}: is a folder, not a store file; give --db a file name.");
        }

        if (!File.Exists(full))
        {
            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreFileException($"{full}: the store cannot be read ({e.Message}).");
        }

        if (read > 0 && (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader)))
        {
            throw new StoreFileException($"{full}: is not a PlanReports store (the file is not a SQLite database); check --db.");
        }
    }

    /// <summary>
    /// build deletes and recreates the store: what is at the path must be missing, empty or a PlanReports store, so
    /// another program's database given as --db by mistake is never deleted.
    /// </summary>
    public static void RequireReplaceable(string path)
    {
        var full = Path.GetFullPath(path);
        RequireSqliteOrEmpty(full);
        if (File.Exists(full) && new FileInfo(full).Length > 0 && !HasSchema(full))
        {
            throw new StoreFileException($"{full}: is a SQLite database but not a PlanReports store; build replaces only its own store, so it is left alone.");
        }
    }

    private static bool HasSchema(string full)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('schema_version', 'organisation')";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 2;
    }
}
