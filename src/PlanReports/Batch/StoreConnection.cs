using System.Data;
using System.Data.Common;
using Dapper;
using PlanReports.Store;

namespace PlanReports.Batch;

/// <summary>Read-only connections to the store for rendering; one per worker, since connections are not shared across threads.</summary>
internal static class StoreConnection
{
    /// <summary>Opens the store <paramref name="db"/> names (a SQLite file or a PostgreSQL connection), read-only.</summary>
    public static DbConnection OpenReadOnly(string db)
    {
        var store = new PlanStore(db);
        try
        {
            return store.OpenReadOnly();
        }
        catch (StoreNotFoundException)
        {
            throw new BatchUsageException($"There is no store at '{store.DisplayName}'; run 'planreports build' (or init and import) first.");
        }
    }

    /// <summary>
    /// Whether documents must carry the illustrative-data notice: true unless the store's dataset table says every
    /// dataset in it is operational. A store without the table, or without rows, is taken as illustrative.
    /// </summary>
    public static bool IsIllustrative(IDbConnection store)
    {
        if (!StoreDialect.TableExists(store, "dataset"))
        {
            return true;
        }

        var (total, illustrative) = store.QuerySingle<(long, long)>("SELECT COUNT(*), COALESCE(SUM(illustrative), 0) FROM dataset");
        return total == 0 || illustrative > 0;
    }
}
