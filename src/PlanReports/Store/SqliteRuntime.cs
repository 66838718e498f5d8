using SQLitePCL;

namespace PlanReports.Store;

/// <summary>
/// How this process runs the SQLite library, set once before SQLite first initialises (it accepts these settings only
/// then; later they are refused and the defaults stay, which are safe, only slower).
/// <list type="bullet">
/// <item>Multi-thread mode rather than serialized: no connection is used by two threads at once (each worker, the
/// validation and the import open their own), so SQLite need not lock the connection on every call it serves; a
/// batch makes millions of them, several per cell read.</item>
/// <item>No memory statistics: SQLite would otherwise take a process-wide lock on every allocation to count it, which
/// the workers' connections contend for; nothing here reads the statistics.</item>
/// </list>
/// </summary>
internal static class SqliteRuntime
{
    private static readonly bool Configured = Configure();

    /// <summary>Applies the settings if no SQLite connection has been opened yet in this process; later calls do nothing.</summary>
    public static void EnsureConfigured() => _ = Configured;

    private static bool Configure()
    {
        Batteries_V2.Init();
        var multiThread = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK;
        var noStatistics = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
        return multiThread && noStatistics;
    }
}
