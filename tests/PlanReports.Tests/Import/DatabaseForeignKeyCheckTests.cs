using Dapper;
using Microsoft.Data.Sqlite;
using PlanReports.Import;
using PlanReports.Store;
using PlanReports.Store.Schema;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Import;

/// <summary>
/// SQLite's own foreign-key check behind the importer's: the importer writes with SQLite's per-row lookups off, so a
/// row that got past its checks must still be caught by the database's check over the written tables, and rejected
/// with an error naming the table, the key and the row it points at, before anything is committed.
/// </summary>
public sealed class DatabaseForeignKeyCheckTests
{
    [Fact]
    public void A_row_pointing_at_no_parent_that_reached_the_writer_is_reported_by_the_database_check()
    {
        using var temp = ImportFixture.StoreWithBase(StoreEngine.Sqlite);
        using var connection = (SqliteConnection)temp.Store.Open();
        connection.Execute("PRAGMA foreign_keys = OFF");
        using var transaction = connection.BeginTransaction();
        var schema = StoreSchema.Read(connection);
        var organisation = schema.Table("organisation")!;
        var values = organisation.Columns.Select(c => c.Name switch
        {
            "code" => (object?)"5QX",
            "name" => "Nowhere PCT",
            "type" => "pct",
            "parent_code" => "ZZZ",
            "valid_from" => "2002-10-01",
            _ => null,
        }).ToArray();
        var table = new CheckedTable(organisation, Replace: false, [new CheckedRow("organisation.csv", 2, values)], ["organisation.csv"]);

        var errors = ImportWriter.Write(connection, transaction, schema, [table]);

        var error = Assert.Single(errors);
        Assert.Equal("foreign-key", error.Rule);
        Assert.Equal("organisation.csv", error.File);
        Assert.Equal("parent_code", error.Column);
        Assert.Equal("SQLite's foreign-key check after writing found organisation (parent_code) = ('ZZZ') pointing at no organisation row; nothing was written", error.Message);
    }

    [Fact]
    public void A_valid_import_passes_the_database_check_and_the_store_keeps_foreign_keys_enforced_afterwards()
    {
        using var temp = ImportFixture.StoreWithBase(StoreEngine.Sqlite);
        new PlanImporter(temp.Store).Import([ImportFixture.Write(temp, ImportFixture.Plan)]);

        using var connection = temp.Store.Open();
        Assert.Equal(1L, connection.ExecuteScalar<long>("PRAGMA foreign_keys"));
        Assert.Empty(connection.Query("PRAGMA foreign_key_check"));
    }
}
