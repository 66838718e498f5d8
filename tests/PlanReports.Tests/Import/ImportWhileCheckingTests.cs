using PlanReports.Import;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Import;

/// <summary>
/// An import into SQLite that only adds rows writes each table while the next is checked (the sample's import in
/// build): whatever a check finds, even in a table checked after others were written, or in the checks across
/// tables that come last, the store is left exactly as it was.
/// </summary>
public sealed class ImportWhileCheckingTests
{
    [Fact]
    public void A_row_that_fails_in_a_table_checked_after_others_were_handed_to_the_writer_leaves_the_store_as_it_was()
    {
        using var temp = ImportFixture.StoreWithBase();
        var before = temp.Dump();
        var plan = ImportFixture.Write(temp, ImportFixture.Plan, "plan/planned_savings.csv",
            text => text.Replace("2012-13-apr,5QA,2013/14,38000", "2012-13-apr,5QA,2013/14,many", StringComparison.Ordinal));

        var rejected = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import([plan]));

        var error = Assert.Single(rejected.Errors);
        Assert.EndsWith("planned_savings.csv", error.File, StringComparison.Ordinal);
        Assert.Equal("amount_k", error.Column);
        Assert.Equal(before, temp.Dump());
        Assert.Equal(3, temp.Count("organisation"));
    }

    [Fact]
    public void A_reference_found_missing_only_once_every_table_is_checked_leaves_the_store_as_it_was()
    {
        using var temp = ImportFixture.StoreWithBase();
        var before = temp.Dump();
        var plan = ImportFixture.Write(temp, ImportFixture.Plan, "plan/domain_rating.csv",
            text => text.Replace("2012-13-apr,5QA,finance,amber", "2012-13-apr,5QA,workforce,amber", StringComparison.Ordinal));

        var rejected = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import([plan]));

        var error = Assert.Single(rejected.Errors);
        Assert.Equal("foreign-key", error.Rule);
        Assert.Contains("'workforce'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Dump());
    }

    [Fact]
    public void Rows_already_in_the_store_are_told_from_the_rows_being_written_beside_the_checks()
    {
        using var temp = ImportFixture.StoreWithBase();
        var plan = ImportFixture.Write(temp, ImportFixture.Plan);
        new PlanImporter(temp.Store).Import([plan]);
        var before = temp.Dump();

        // The same plan again: every row is already in the store, which the checker reads as it was before this import
        // began writing; so the organisations are reported as in the store, not as given twice in this import.
        var again = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import([plan]));

        Assert.Contains(again.Errors, e => e.File.EndsWith("organisation.csv", StringComparison.Ordinal) && e.Message.Contains("is already in the store", StringComparison.Ordinal));
        Assert.DoesNotContain(again.Errors, e => e.Message.Contains("already given", StringComparison.Ordinal));
        Assert.Equal(before, temp.Dump());
    }

    [Fact]
    public void A_valid_import_written_beside_its_checks_is_committed_whole()
    {
        using var temp = ImportFixture.StoreWithBase();
        var plan = ImportFixture.Write(temp, ImportFixture.Plan);

        var summary = new PlanImporter(temp.Store).Import([plan]);

        Assert.Equal(
            new Dictionary<string, int> { ["organisation"] = 2, ["planned_savings"] = 2, ["domain_rating"] = 2 },
            summary.Tables.ToDictionary(t => t.Table, t => t.Rows));
        Assert.Equal(5, temp.Count("organisation"));
        Assert.Equal(2, temp.Count("planned_savings"));
        Assert.Equal(2, temp.Count("domain_rating"));
        Assert.False(File.Exists(temp.Store.Path + "-journal"));
    }
}
