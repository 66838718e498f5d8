using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace PlanReports.Store;

/// <summary>The few statements that must be written differently for SQLite and PostgreSQL; every other query is portable SQL.</summary>
internal static class StoreDialect
{
    public static StoreEngine EngineOf(System.Data.IDbConnection connection) =>
        connection is SqliteConnection ? StoreEngine.Sqlite : StoreEngine.PostgreSql;

    /// <summary>Whether the store has a table of that name (on PostgreSQL, in the connection's search path).</summary>
    public static bool TableExists(System.Data.IDbConnection connection, string table) =>
        EngineOf(connection) == StoreEngine.Sqlite
            ? connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table", new { table }) > 0
            : connection.ExecuteScalar<bool>("SELECT to_regclass(quote_ident(@table)) IS NOT NULL", new { table });
}
