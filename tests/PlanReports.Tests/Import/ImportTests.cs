using Dapper;
using PlanReports.Import;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Import;

public sealed class ImportTests
{
    [EngineTheory]
    public void A_valid_base_and_plan_import_every_row_with_typed_values(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);
        var plan = ImportFixture.Write(temp, ImportFixture.Plan);

        var summary = new PlanImporter(temp.Store).Import([plan]);

        Assert.Equal(
            new Dictionary<string, int> { ["organisation"] = 2, ["planned_savings"] = 2, ["domain_rating"] = 2 },
            summary.Tables.ToDictionary(t => t.Table, t => t.Rows));
        Assert.Equal("organisation", summary.Tables[0].Table);
        Assert.Equal(5, temp.Count("organisation"));
        using var connection = temp.Store.OpenReadOnly();
        Assert.Equal("Richmond House\n79 Whitehall\nLondon", connection.ExecuteScalar<string>("SELECT address FROM organisation WHERE code = 'DH'"));
        Assert.Equal("Kent PCT, East", connection.ExecuteScalar<string>("SELECT name FROM organisation WHERE code = '5QC'"));
        Assert.Equal("Plan is \"credible\" and owned by CCGs.", connection.ExecuteScalar<string>("SELECT commentary FROM domain_rating WHERE domain_code = 'overarching'"));
        Assert.Null(connection.ExecuteScalar<string?>("SELECT key_risks FROM domain_rating WHERE domain_code = 'finance'"));
        Assert.Equal(
            engine == StoreEngine.Sqlite ? "real" : "double precision",
            connection.ExecuteScalar<string>(engine == StoreEngine.Sqlite
                ? "SELECT typeof(amount_k) FROM planned_savings WHERE year = '2013/14'"
                : "SELECT pg_typeof(amount_k)::text FROM planned_savings WHERE year = '2013/14'"));
        Assert.Equal(45000.5, connection.ExecuteScalar<double>("SELECT amount_k FROM planned_savings WHERE year = '2012/13'"));
    }

    [EngineTheory]
    public void Base_and_plan_import_together_in_one_call_whatever_the_folder_order(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        ImportFixture.Write(temp, ImportFixture.Base);
        ImportFixture.Write(temp, ImportFixture.Plan);

        // The plan folder is named first: rows are still written parents first.
        var summary = new PlanImporter(temp.Store).Import([Path.Combine(temp.Folder, "plan"), Path.Combine(temp.Folder, "base")]);

        Assert.Equal(15, summary.TotalRows);
        Assert.Equal(5, temp.Count("organisation"));
    }

    [EngineTheory]
    public void A_child_row_may_come_before_its_parent_in_a_self_referencing_table(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);
        var file = temp.Write("tree/organisation.csv",
            """
            code,name,type,parent_code,valid_from
            5QE,Child PCT,pct,5QB,2002-10-01
            5QB,Later cluster,pct-cluster,Q30,2011-06-01

            """);

        new PlanImporter(temp.Store).Import([file]);

        Assert.Equal(5, temp.Count("organisation"));
    }

    [EngineTheory]
    public void A_missing_nullable_column_is_null_and_a_missing_defaulted_column_takes_its_default(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        var file = temp.Write("indicator.csv",
            """
            code,name,indicator_group,unit,polarity,frequency,data_source
            QUAL-01,Incidence of MRSA,Quality,count,lower-is-better,monthly,Unify

            """);

        new PlanImporter(temp.Store).Import([file]);

        using var connection = temp.Store.OpenReadOnly();
        var row = connection.QuerySingle<(long PublicHealth, double? Standard)>("SELECT public_health, standard_value FROM indicator");
        Assert.Equal(0, row.PublicHealth);
        Assert.Null(row.Standard);
    }

    [EngineTheory]
    public void Files_that_are_not_csv_inside_a_folder_are_ignored(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);
        var plan = ImportFixture.Write(temp, ImportFixture.Plan);
        temp.Write("plan/README.md", "# not data");

        var summary = new PlanImporter(temp.Store).Import([plan]);

        Assert.Equal(6, summary.TotalRows);
    }
}
