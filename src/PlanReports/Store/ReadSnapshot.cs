using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PlanReports.Store;

/// <summary>
/// One read transaction around a group of queries on a read-only SQLite connection (a document's view model, say):
/// the queries see one state of the store, and SQLite takes its shared lock, looks for a hot journal and reads the
/// file's change counter once for the group instead of once per query. A sample build runs about 18,000 queries,
/// each of which otherwise cost a lock and an unlock, a failed stat and a read of the file's first page.
/// Connections to other engines are left as they are: a PostgreSQL query pays nothing of the kind.
/// </summary>
/// <remarks>
/// The transaction is begun with SQL, not <see cref="SqliteConnection.BeginTransaction()"/>, so the queries inside
/// need no transaction object (Dapper's calls pass none); it only reads, so ending it commits nothing.
/// </remarks>
public sealed class ReadSnapshot : IDisposable
{
    private readonly SqliteConnection? connection;

    private ReadSnapshot(SqliteConnection? connection) => this.connection = connection;

    /// <summary>Begins a read transaction on <paramref name="store"/> if it is a SQLite connection outside one.</summary>
    public static ReadSnapshot Begin(DbConnection store)
    {
        if (store is not SqliteConnection sqlite || raw.sqlite3_get_autocommit(sqlite.Handle) == 0)
        {
            return new ReadSnapshot(null);
        }

        Execute(sqlite, "BEGIN DEFERRED");
        return new ReadSnapshot(sqlite);
    }

    public void Dispose()
    {
        // A failed query inside may already have ended the transaction; only an open one is ended.
        if (connection is not null && raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            Execute(connection, "COMMIT");
        }
    }

    private static void Execute(SqliteConnection sqlite, string sql)
    {
        using var command = sqlite.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
