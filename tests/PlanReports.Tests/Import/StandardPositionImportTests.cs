using Dapper;
using PlanReports.Import;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Import;

/// <summary>
/// A trajectory or actual names the national standard it measures (<c>standard_position</c>, migration 0008): one of
/// its indicator's standards in <c>indicator_standard</c>, or 1 for an indicator without one. Anything else is
/// rejected with one error naming the file, line, column and rule, and the store stays as it was.
/// </summary>
public sealed class StandardPositionImportTests
{
    // Referral to treatment with two of its standards, and an indicator without a standard.
    private const string Indicators =
        "code,name,indicator_group,unit,polarity,frequency,data_source\n"
        + "QUAL-07,Referral to Treatment and diagnostic waits (incl. incomplete pathways),Quality,percentage,higher-is-better,monthly,Unify\n"
        + "QUAL-11,Incidence of MRSA,Quality,count,lower-is-better,monthly,Unify\n";

    private const string Standards =
        "indicator_code,position,paragraph,measure,quote,threshold_percent,comparison\n"
        + "QUAL-07,1,2.31,Admitted completed waits within 18 weeks,\"The operational standards of 90 per cent for admitted and 95 per cent for non-admitted completed waits as set out in the NHS Constitution remain.\",90,at-least\n"
        + "QUAL-07,2,2.31,Non-admitted completed waits within 18 weeks,\"The operational standards of 90 per cent for admitted and 95 per cent for non-admitted completed waits as set out in the NHS Constitution remain.\",95,at-least\n";

    private const string Header = "submission_code,organisation_code,indicator_code,standard_position,period,planned_value\n";

    [EngineTheory]
    public void Each_standard_of_an_indicator_takes_a_trajectory_of_its_own(StoreEngine engine)
    {
        using var temp = StoreWithIndicators(engine);

        new PlanImporter(temp.Store).Import([temp.Write("plan/trajectory.csv",
            Header + "2012-13-apr,5QA,QUAL-07,1,2012-04,91.5\n2012-13-apr,5QA,QUAL-07,2,2012-04,96.2\n2012-13-apr,5QA,QUAL-11,1,2012-04,3\n")]);

        using var connection = temp.Store.OpenReadOnly();
        var rows = connection.Query<(string Indicator, long Position, double Value)>(
            "SELECT indicator_code, standard_position, planned_value FROM trajectory ORDER BY indicator_code, standard_position").ToList();
        Assert.Equal([("QUAL-07", 1L, 91.5), ("QUAL-07", 2L, 96.2), ("QUAL-11", 1L, 3.0)], rows);
    }

    [EngineTheory]
    public void A_file_without_the_column_plans_against_the_first_standard(StoreEngine engine)
    {
        using var temp = StoreWithIndicators(engine);

        new PlanImporter(temp.Store).Import([temp.Write("plan/actual.csv", "organisation_code,indicator_code,period,value\n5QA,QUAL-07,2012-04,90.4\n")]);

        using var connection = temp.Store.OpenReadOnly();
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT standard_position FROM actual WHERE indicator_code = 'QUAL-07'"));
    }

    [EngineTheory]
    public void A_position_that_is_not_one_of_the_indicators_standards_is_rejected(StoreEngine engine)
    {
        using var temp = StoreWithIndicators(engine);

        var error = Rejected(temp, "plan/trajectory.csv", Header + "2012-13-apr,5QA,QUAL-07,1,2012-04,91.5\n2012-13-apr,5QA,QUAL-07,3,2012-04,93.0\n");

        Assert.Equal((3, "standard_position", "standard-position"), (error.Line, error.Column, error.Rule));
        Assert.Equal("3 is not a national standard of indicator QUAL-07; its standards are positions 1, 2 in indicator_standard", error.Message);
        Assert.EndsWith("trajectory.csv:3: column 'standard_position': standard-position: 3 is not a national standard of indicator QUAL-07; its standards are positions 1, 2 in indicator_standard", error.ToString(), StringComparison.Ordinal);
    }

    [EngineTheory]
    public void An_indicator_without_a_standard_has_only_position_1(StoreEngine engine)
    {
        using var temp = StoreWithIndicators(engine);

        var error = Rejected(temp, "plan/actual.csv", "organisation_code,indicator_code,standard_position,period,value\n5QA,QUAL-11,2,2012-04,3\n");

        Assert.Equal((2, "standard_position", "standard-position"), (error.Line, error.Column, error.Rule));
        Assert.Equal("2 is not valid: indicator QUAL-11 has no national standard in indicator_standard, so its one measure is position 1", error.Message);
    }

    [EngineTheory]
    public void A_position_below_1_breaks_the_check_constraint(StoreEngine engine)
    {
        using var temp = StoreWithIndicators(engine);

        var error = Rejected(temp, "plan/trajectory.csv", Header + "2012-13-apr,5QA,QUAL-11,0,2012-04,3\n");

        Assert.Equal((2, "standard_position", "trajectory_standard_position_positive"), (error.Line, error.Column, error.Rule));
    }

    private static TemporaryStore StoreWithIndicators(StoreEngine engine)
    {
        var temp = ImportFixture.StoreWithBase(engine);
        new PlanImporter(temp.Store).Import([temp.Write("ref/indicator.csv", Indicators), temp.Write("ref/indicator_standard.csv", Standards)]);
        return temp;
    }

    private static ImportError Rejected(TemporaryStore temp, string file, string content)
    {
        var path = temp.Write(file, content);
        var before = temp.Dump();

        var rejected = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import([path]));

        Assert.Equal(before, temp.Dump());
        return Assert.Single(rejected.Errors);
    }
}
