using Dapper;
using Microsoft.Data.Sqlite;
using PlanReports.Store;

namespace PlanReports.Tests.Store;

public sealed class ReadSnapshotTests
{
    private static SqliteConnection Writer(PlanStore store)
    {
        // A writer that gives up after a second rather than waiting out the default thirty.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store.Path, DefaultTimeout = 1 }.ToString());
        connection.Open();
        return connection;
    }

    private static void AddOutcomesDomain(SqliteConnection writer) =>
        writer.Execute("INSERT INTO outcomes_framework_domain (number, name) VALUES (5, 'Treating and caring for people in a safe environment')");

    [Fact]
    public void Queries_in_a_snapshot_read_one_state_of_the_store_and_its_end_lets_writers_in()
    {
        using var temp = new TemporaryStore().Initialised();
        using var reader = temp.Store.OpenReadOnly();
        using var writer = Writer(temp.Store);

        using (ReadSnapshot.Begin(reader))
        {
            Assert.Equal(0, reader.ExecuteScalar<long>("SELECT COUNT(*) FROM outcomes_framework_domain"));

            // The snapshot holds its read until it ends: a write cannot commit under it, so the next query still sees
            // the store as the first did.
            Assert.Throws<SqliteException>(() => AddOutcomesDomain(writer));
            Assert.Equal(0, reader.ExecuteScalar<long>("SELECT COUNT(*) FROM outcomes_framework_domain"));
        }

        AddOutcomesDomain(writer);
        Assert.Equal(1, reader.ExecuteScalar<long>("SELECT COUNT(*) FROM outcomes_framework_domain"));
    }

    [Fact]
    public void A_snapshot_ends_its_transaction_and_another_can_begin_after_it_even_after_a_failed_query()
    {
        using var temp = new TemporaryStore().Initialised();
        using var reader = temp.Store.OpenReadOnly();

        using (ReadSnapshot.Begin(reader))
        {
            Assert.Throws<SqliteException>(() => reader.Execute("SELECT * FROM no_such_table"));
        }

        using (ReadSnapshot.Begin(reader))
        {
            Assert.Equal(0, reader.ExecuteScalar<long>("SELECT COUNT(*) FROM outcomes_framework_domain"));
        }

        Assert.Equal(1, SQLitePCL.raw.sqlite3_get_autocommit(((SqliteConnection)reader).Handle));
    }

    [Fact]
    public void A_snapshot_inside_a_transaction_leaves_that_transaction_to_its_owner()
    {
        using var temp = new TemporaryStore().Initialised();
        using var connection = Writer(temp.Store);
        using var transaction = connection.BeginTransaction();

        using (ReadSnapshot.Begin(connection))
        {
            connection.Execute("INSERT INTO outcomes_framework_domain (number, name) VALUES (1, 'Preventing people from dying prematurely')", transaction: transaction);
        }

        transaction.Rollback();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM outcomes_framework_domain"));
    }
}
