using Dapper;
using PlanReports.Store;

namespace PlanReports.Tests.Store;

public sealed class MigrationTests
{
    [EngineTheory]
    public void Initialise_on_a_fresh_store_applies_every_migration_in_order_and_records_checksums(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine);

        var report = temp.Store.Initialise();

        Assert.Equal(["0001_reference.sql", "0002_organisations.sql", "0003_integrated_plans.sql", "0004_better_care_fund.sql"], report.Applied.Take(4));
        using var connection = temp.Store.Open();
        var recorded = connection.Query<(long Version, string Name, string Checksum)>("SELECT version, name, checksum FROM schema_version ORDER BY version").ToList();
        Assert.Equal(report.Applied, recorded.Select(r => r.Name));
        Assert.All(recorded, r => Assert.Matches("^[0-9a-f]{64}$", r.Checksum));
        Assert.Equal(report.Version, (int)recorded[^1].Version);
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM domain_rating"));
    }

    [EngineTheory]
    public void Initialise_twice_is_a_no_op(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        var before = temp.Dump();

        var again = temp.Store.Initialise();

        Assert.Empty(again.Applied);
        Assert.Equal(before, temp.Dump());
    }

    [EngineTheory]
    public void Connections_enforce_foreign_keys(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        using var connection = temp.Store.Open();

        var error = Assert.ThrowsAny<System.Data.Common.DbException>(() => connection.Execute(
            "INSERT INTO organisation (code, name, type, parent_code, valid_from) VALUES ('X1', 'X', 'pct', 'NOPE', '2012-01-01')"));
        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [EngineTheory]
    public void A_changed_applied_migration_is_an_error_naming_it(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        using (var connection = temp.Store.Open())
        {
            connection.Execute("UPDATE schema_version SET checksum = 'abcdef0123456789' WHERE name = '0002_organisations.sql'");
        }

        var error = Assert.Throws<MigrationException>(() => temp.Store.Initialise());

        Assert.Contains("0002_organisations.sql was changed after it was applied", error.Message, StringComparison.Ordinal);
    }

    [EngineTheory]
    public void A_store_with_an_unknown_later_migration_is_refused(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        using (var connection = temp.Store.Open())
        {
            connection.Execute("INSERT INTO schema_version (version, name, checksum) VALUES (9999, '9999_future.sql', 'x')");
        }

        var error = Assert.Throws<MigrationException>(() => temp.Store.Initialise());

        Assert.Contains("9999_future.sql", error.Message, StringComparison.Ordinal);
    }

    [EngineTheory]
    public void Opening_a_store_that_does_not_exist_says_to_run_init(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine);

        var error = Assert.Throws<StoreNotFoundException>(() => temp.Store.Open());

        Assert.Contains("planreports init", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_shared_postgresql_store_behind_the_migrations_is_refused_until_init_brings_it_up_to_date()
    {
        using var temp = new TemporaryStore(StoreEngine.PostgreSql).Initialised();
        using (var connection = temp.Store.Open())
        {
            connection.Execute("DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)");
        }

        var error = Assert.Throws<MigrationException>(() => temp.Store.OpenReadOnly());
        Assert.Contains("run 'planreports init' to bring it up to date", error.Message, StringComparison.Ordinal);
        Assert.Throws<MigrationException>(() => temp.Store.Open());
    }
}
