namespace PlanReports.Store;

/// <summary>The database a store lives in.</summary>
public enum StoreEngine
{
    /// <summary>One SQLite file: the embedded default, for one analyst on one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database: the shared store several analysts import into and render from at once.</summary>
    PostgreSql,
}
