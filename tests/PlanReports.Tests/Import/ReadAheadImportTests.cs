using PlanReports.Import;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Import;

/// <summary>
/// Files read before the import they refer to is written (build reads the sample while the reference is imported):
/// reading needs nothing from the store, and what is checked and written afterwards is what a plain import would
/// check and write, errors included.
/// </summary>
public sealed class ReadAheadImportTests
{
    [EngineTheory]
    public void A_plan_read_before_its_base_is_written_imports_once_the_base_is_in(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        var basis = ImportFixture.Write(temp, ImportFixture.Base);
        var plan = ImportFixture.Write(temp, ImportFixture.Plan);

        var reading = new PlanImporter(temp.Store).StartReading([plan]);
        new PlanImporter(temp.Store).Import([basis]);
        var summary = new PlanImporter(temp.Store).Import(reading);

        Assert.Equal(
            new Dictionary<string, int> { ["organisation"] = 2, ["planned_savings"] = 2, ["domain_rating"] = 2 },
            summary.Tables.ToDictionary(t => t.Table, t => t.Rows));
        Assert.Equal(5, temp.Count("organisation"));
    }

    [EngineTheory]
    public void A_plan_read_ahead_is_rejected_with_the_errors_of_a_plain_import(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);
        var plan = ImportFixture.Write(temp, ImportFixture.Plan, "plan/organisation.csv", text => text.Replace("5QD,Medway PCT,pct,5QA", "5QD,Medway PCT,pct,XXX", StringComparison.Ordinal));

        var plain = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import([plan]));
        var reading = new PlanImporter(temp.Store).StartReading([plan]);
        var ahead = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import(reading));

        Assert.Equal(plain.Errors, ahead.Errors);
        Assert.Contains(ahead.Errors, e => e.Rule == "foreign-key" && e.File.EndsWith("organisation.csv", StringComparison.Ordinal));
        Assert.Equal(3, temp.Count("organisation"));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_when_the_import_is_finished()
    {
        using var temp = new TemporaryStore(StoreEngine.Sqlite).Initialised();

        var reading = new PlanImporter(temp.Store).StartReading([Path.Combine(temp.Folder, "no-such-folder")]);
        var rejected = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import(reading));

        Assert.Equal("missing-path", Assert.Single(rejected.Errors).Rule);
    }
}
