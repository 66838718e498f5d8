using Dapper;
using PlanReports.Import;
using PlanReports.Store;
using PlanReports.Testing;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Import;

public sealed class ReferenceImportTests
{
    private static string ReferenceFolder => RepoPaths.Combine("data", "reference");

    [EngineTheory]
    public void The_repository_reference_data_fills_every_reference_table(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();

        var summary = new PlanImporter(temp.Store).Import([ReferenceFolder]);

        var rows = summary.Tables.ToDictionary(t => t.Table, t => t.Rows);
        Assert.All(summary.Tables, t => Assert.True(t.Replaced));
        Assert.Equal(13, rows["assurance_domain"]);
        Assert.Equal(36, rows["indicator"]);
        Assert.Equal(5, rows["outcomes_framework_domain"]);
        Assert.Equal(6, rows["bcf_condition"]);
        Assert.Equal(5, temp.Count("bcf_metric") - CountWhere(temp, "bcf_metric", "kind = 'local-menu'"));
        Assert.Equal(101, rows["national_milestone"]);
        Assert.True(rows["assurance_question"] > 0 && rows["ph_checklist_item"] > 0 && rows["timetable_event"] > 0 && rows["workforce_kloe"] > 0);
    }

    [EngineTheory]
    public void Indicators_keep_the_seed_words_every_standard_and_the_relevance_flag(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        new PlanImporter(temp.Store).Import([ReferenceFolder]);
        using var connection = temp.Store.OpenReadOnly();

        var ambulance = connection.QuerySingle<(string Group, string? Text, double? Value, string Unit)>(
            "SELECT indicator_group, standard_text, standard_value, unit FROM indicator WHERE code = 'QUAL-01'");
        Assert.Equal("Quality", ambulance.Group);
        Assert.Equal("75 per cent of Category A calls resulting in an emergency response arriving within eight minutes", ambulance.Text);
        Assert.Equal(75, ambulance.Value);
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM indicator_standard WHERE indicator_code = 'QUAL-01'"));

        var notPlanned = connection.Query<string>("SELECT name FROM indicator WHERE planned_per_pct = 0 ORDER BY code").ToList();
        Assert.Contains("Financial performance score for NHS trusts", notPlanned);
        Assert.Contains("Progress against TFA milestones", notPlanned);
        Assert.All(notPlanned, n => Assert.True(
            n.Contains("NHS trusts", StringComparison.Ordinal) || n.Contains("TFA", StringComparison.Ordinal) || n.Contains('('),
            $"'{n}' is neither a trust measure nor a measure set"));
        Assert.Equal("Smoking quitters", connection.ExecuteScalar<string>("SELECT name FROM indicator WHERE code = 'QUAL-14' AND planned_per_pct = 1 AND public_health = 1"));
    }

    [EngineTheory]
    public void Annex_2_expectations_carry_their_audience_and_latest_date(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        new PlanImporter(temp.Store).Import([ReferenceFolder]);
        using var connection = temp.Store.OpenReadOnly();

        var first = connection.QuerySingle<(string Audience, string DueText, string DueDate, string Quarter, string Category)>(
            "SELECT audience, due_text, due_date, quarter_label, category FROM national_milestone WHERE code = 'A2-COM-001'");

        Assert.Equal(("sha-cluster", "by end March 2012", "2012-03-31", "Q4 11/12", "Commissioning"), first);
        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM national_milestone WHERE audience = 'pct-cluster'") > 0);
    }

    [EngineTheory]
    public void Importing_the_reference_data_again_replaces_it_rather_than_duplicating(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        new PlanImporter(temp.Store).Import([ReferenceFolder]);
        var once = temp.Dump();

        new PlanImporter(temp.Store).Import([ReferenceFolder]);

        Assert.Equal(once, temp.Dump());
    }

    [EngineTheory]
    public void Replacing_reference_data_that_plan_rows_still_use_is_rejected_and_leaves_the_store_unchanged(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        new PlanImporter(temp.Store).Import([ReferenceFolder]);
        using (var connection = temp.Store.Open())
        {
            connection.Execute("INSERT INTO planning_round VALUES ('2012-13', 'Integrated plans', 'integrated-plan', '2012-01-01', '2013-03-31')");
            connection.Execute("INSERT INTO submission VALUES ('2012-13-apr', '2012-13', 'Final', 'final', '2012-04-05')");
            connection.Execute("INSERT INTO organisation (code, name, type, valid_from) VALUES ('5QA', 'Cluster', 'pct-cluster', '2011-06-01')");
            connection.Execute("INSERT INTO organisation (code, name, type, parent_code, valid_from) VALUES ('5QC', 'PCT', 'pct', '5QA', '2002-10-01')");
            connection.Execute("INSERT INTO trajectory (submission_code, organisation_code, indicator_code, period, planned_value) VALUES ('2012-13-apr', '5QC', 'QUAL-10', '2012-04', 3)");
        }

        var copy = Path.Combine(temp.Folder, "reference");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(ReferenceFolder, "*.yaml"))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(copy, Path.GetFileName(file)), text.Replace("code: QUAL-10", "code: QUAL-99", StringComparison.Ordinal));
        }

        Assert.Contains("code: QUAL-99", File.ReadAllText(Path.Combine(copy, "indicators.yaml")), StringComparison.Ordinal);
        var before = temp.Dump();
        var rejected = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import([copy]));

        var error = Assert.Single(rejected.Errors);
        Assert.Equal(("foreign-key", Path.Combine(copy, "indicators.yaml")), (error.Rule, error.File));
        Assert.Equal(
            "replacing indicator would leave trajectory row (submission_code, organisation_code, indicator_code, standard_position, period) = ('2012-13-apr', '5QC', 'QUAL-10', '1', '2012-04') in the store without the indicator row (code) = ('QUAL-10') it refers to",
            error.Message);
        Assert.Equal(before, temp.Dump());
    }

    [EngineTheory]
    public void A_broken_reference_file_is_rejected_with_the_loaders_file_and_line(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine).Initialised();
        var copy = Path.Combine(temp.Folder, "reference");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(ReferenceFolder, "*.yaml"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var indicators = Path.Combine(copy, "indicators.yaml");
        File.WriteAllText(indicators, File.ReadAllText(indicators).Replace("polarity: higher-is-better", "polarity: upwards", StringComparison.Ordinal));
        var before = temp.Dump();

        var rejected = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import([copy]));

        var error = Assert.Single(rejected.Errors);
        Assert.Equal(("reference-data", indicators), (error.Rule, error.File));
        Assert.NotNull(error.Line);
        Assert.Contains("upwards", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Dump());
    }

    private static long CountWhere(TemporaryStore temp, string table, string where)
    {
        using var connection = temp.Store.OpenReadOnly();
        return connection.ExecuteScalar<long>($"SELECT count(*) FROM {table} WHERE {where}");
    }
}
