using Dapper;
using Microsoft.Data.Sqlite;
using PlanReports.Store;

namespace PlanReports.Tests.Store;

/// <summary>
/// A process killed in the middle of an import leaves the store file part-written and a hot journal beside it. The
/// next reader, a render or validation opening the store read-only, must see the store as it was before the import.
/// </summary>
public sealed class HotJournalTests
{
    [Fact]
    public void A_read_only_open_after_an_import_was_killed_mid_write_rolls_the_journal_back_and_sees_the_old_store()
    {
        using var temp = new TemporaryStore().Initialised();
        temp.Store.Open().Execute("INSERT INTO dataset (name, illustrative, description) VALUES ('old', 1, 'Before the import')");
        var crashed = new PlanStore(Path.Combine(temp.Folder, "crashed.db"));

        // The store and its journal as a kill -9 would leave them: copied while a transaction that has already
        // written pages to the store file (a tiny cache forces it to) is still open.
        using (var writer = new SqliteConnection($"Data Source={temp.Store.Path};Pooling=False"))
        {
            writer.Open();
            writer.Execute("PRAGMA cache_size = 1");
            using var transaction = writer.BeginTransaction();
            writer.Execute("CREATE TABLE filler (x TEXT)", transaction: transaction);
            writer.Execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO filler SELECT printf('%0100d', i) FROM n", transaction: transaction);
            writer.Execute("DELETE FROM dataset", transaction: transaction);
            Assert.True(File.Exists(temp.Store.Path + "-journal"));
            File.Copy(temp.Store.Path, crashed.Path);
            File.Copy(temp.Store.Path + "-journal", crashed.Path + "-journal");
        }

        using (var connection = crashed.OpenReadOnly())
        {
            Assert.Equal(["old"], connection.Query<string>("SELECT name FROM dataset"));
            Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'filler'"));
            Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        }

        Assert.False(File.Exists(crashed.Path + "-journal"));
    }
}
