using Dapper;
using System.Data.Common;

namespace PlanReports.Store;

/// <summary>
/// Applies migrations in version order, all in one transaction, recording each in <c>schema_version</c>
/// with its checksum so a later edit of an applied script is caught rather than silently ignored. On PostgreSQL
/// two <c>init</c> runs at once take turns on an advisory lock, so the second finds the first's work done.
/// </summary>
internal sealed class Migrator(IReadOnlyList<Migration> migrations)
{
    /// <summary>Key of the transaction-scoped advisory lock that serialises migrations on PostgreSQL ("PlanRepM" in ASCII).</summary>
    private const long MigrationLock = 0x506C616E5265704D;

    public MigrationReport Apply(DbConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        var postgres = StoreDialect.EngineOf(connection) == StoreEngine.PostgreSql;
        if (postgres)
        {
            connection.Execute("SELECT pg_advisory_xact_lock(@MigrationLock)", new { MigrationLock }, transaction);
        }

        connection.Execute(
            $"""
            CREATE TABLE IF NOT EXISTS schema_version (
                version    {(postgres ? "BIGINT" : "INTEGER")} PRIMARY KEY,
                name       TEXT NOT NULL,
                checksum   TEXT NOT NULL
            )
            """,
            transaction: transaction);

        var applied = connection
            .Query<(long Version, string Name, string Checksum)>(
                "SELECT version, name, checksum FROM schema_version ORDER BY version", transaction: transaction)
            .ToDictionary(r => (int)r.Version);

        var known = migrations.Select(m => m.Version).ToHashSet();
        foreach (var version in applied.Keys.Where(v => !known.Contains(v)))
        {
            throw new MigrationException(
                $"The store has migration {applied[version].Name} applied, which this version of PlanReports does not know: use a newer PlanReports or a fresh store.");
        }

        var now = new List<string>();
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Version, out var record))
            {
                if (record.Checksum != migration.Checksum)
                {
                    throw new MigrationException(
                        $"Migration {migration.Name} was changed after it was applied to this store (checksum {record.Checksum[..12]}… now {migration.Checksum[..12]}…): add a new migration instead of editing an applied one, or build a fresh store.");
                }

                continue;
            }

            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_version (version, name, checksum) VALUES (@Version, @Name, @Checksum)",
                new { Version = (long)migration.Version, migration.Name, migration.Checksum },
                transaction);
            now.Add(migration.Name);
        }

        transaction.Commit();
        return new MigrationReport(now, migrations.Count == 0 ? 0 : migrations[^1].Version);
    }
}
