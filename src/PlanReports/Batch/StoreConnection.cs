using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace PlanReports.Batch;

/// <summary>Read-only connections to the store for rendering; one per worker, since SQLite connections are not shared across threads.</summary>
internal static class StoreConnection
{
    public static SqliteConnection OpenReadOnly(string storePath)
    {
        if (!File.Exists(storePath))
        {
            throw new BatchUsageException($"There is no store at '{storePath}'; run 'planreports build' (or init and import) first.");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Whether documents must carry the illustrative-data notice: true unless the store's dataset table says every
    /// dataset in it is operational. A store without the table, or without rows, is taken as illustrative.
    /// </summary>
    public static bool IsIllustrative(IDbConnection store)
    {
        var hasTable = store.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'dataset'") > 0;
        if (!hasTable)
        {
            return true;
        }

        var (total, illustrative) = store.QuerySingle<(long, long)>("SELECT COUNT(*), COALESCE(SUM(illustrative), 0) FROM dataset");
        return total == 0 || illustrative > 0;
    }
}
