using System.Text.Json;
using PlanReports.Testing;
using PlanReports.Tests.Import;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public void Init_creates_the_store_and_is_a_no_op_the_second_time()
    {
        using var temp = new TemporaryStore();

        var first = CliRun.Of("init", "--db", temp.Store.Path);
        var second = CliRun.Of("init", "--db", temp.Store.Path);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("applied 0001_reference.sql, 0002_organisations.sql", first.Out, StringComparison.Ordinal);
        Assert.Contains("is up to date", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_of_valid_files_exits_0_and_prints_rows_per_table()
    {
        using var temp = new TemporaryStore().Initialised();
        var folder = ImportFixture.Write(temp, ImportFixture.Base);

        var run = CliRun.Of("import", "--db", temp.Store.Path, folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported 9 row(s) into 4 table(s).", run.Out, StringComparison.Ordinal);
        Assert.Equal(3, temp.Count("organisation"));
    }

    [Fact]
    public void Rejected_import_exits_2_names_file_line_column_and_rule_and_changes_nothing()
    {
        using var temp = ImportFixture.StoreWithBase();
        var file = temp.Write("bad/domain_rating.csv",
            "submission_code,organisation_code,domain_code,rag,commentary\n2012-13-apr,5QA,finance,purple,Odd\n");
        var before = temp.Dump();

        var run = CliRun.Of("import", "--db", temp.Store.Path, file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}:2: column 'rag': rag_scale: rag = 'purple' breaks CHECK", run.Error, StringComparison.Ordinal);
        Assert.Contains("the store is unchanged", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, temp.Dump());
    }

    [Fact]
    public void Import_without_a_path_is_bad_usage()
    {
        using var temp = new TemporaryStore().Initialised();

        var run = CliRun.Of("import", "--db", temp.Store.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'planreports --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_on_a_missing_store_exit_2_and_say_to_run_init()
    {
        using var temp = new TemporaryStore();

        foreach (var command in new[] { "validate", "list", "import" })
        {
            var run = command == "import" ? CliRun.Of(command, "--db", temp.Store.Path, temp.Folder) : CliRun.Of(command, "--db", temp.Store.Path);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("run 'planreports init' first", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_names_the_tool_planreports_and_lists_every_command()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("planreports [command] [options]", run.Out, StringComparison.Ordinal);
        foreach (var command in new[] { "init", "import <PATH>", "validate", "list", "build", "sample" })
        {
            Assert.Contains("  " + command + " ", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_db_file_that_is_not_a_store_is_bad_input_without_a_stack_trace()
    {
        using var temp = new TemporaryStore();
        File.WriteAllText(temp.Store.Path, "these are not the tables you are looking for");

        var run = CliRun.Of("validate", "--db", temp.Store.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{temp.Store.Path}: is not a PlanReports store (the file is not a SQLite database); check --db.\n", run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_and_unknown_format_are_bad_usage()
    {
        Assert.Equal(2, CliRun.Of("frobnicate").ExitCode);
        var run = CliRun.Of("validate", "--format", "xml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'xml'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_exits_0_on_a_clean_store_and_1_with_findings()
    {
        using var temp = new TemporaryStore().Initialised();
        Assert.Equal(0, CliRun.Of("validate", "--db", temp.Store.Path).ExitCode);
        new PlanReports.Import.PlanImporter(temp.Store).Import([ImportFixture.Write(temp, ImportFixture.Base), ImportFixture.Write(temp, ImportFixture.Plan)]);

        var text = CliRun.Of("validate", "--db", temp.Store.Path);
        var json = CliRun.Of("validate", "--db", temp.Store.Path, "--format", "json");

        Assert.Equal((1, 1), (text.ExitCode, json.ExitCode));
        Assert.Contains("5QA NHS Kent and Medway (pct-cluster): 3 error(s), 2 warning(s)", text.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(3, document.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal("domains-rated", document.RootElement.GetProperty("organisations")[0].GetProperty("findings")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public void List_prints_organisations_per_type_and_rows_per_table()
    {
        using var temp = ImportFixture.StoreWithBase();

        var run = CliRun.Of("list", "--db", temp.Store.Path);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("sha-cluster 1", lines);
        Assert.Contains("pct-cluster 1", lines);
        Assert.Contains("ccg 0", lines);
        Assert.Contains("organisation 3", lines);
        Assert.Contains("submission 2", lines);
    }

    [Fact]
    public void Build_makes_a_fresh_store_from_reference_then_sample_and_reports_findings()
    {
        using var temp = new TemporaryStore();
        var data = CopyReference(temp);
        // The sample: the fixture's base and plan, less the domains, which a build takes from the reference data.
        foreach (var (path, content) in ImportFixture.Base.Concat(ImportFixture.Plan).Where(f => !f.Key.EndsWith("assurance_domain.csv", StringComparison.Ordinal)))
        {
            temp.Write(Path.Combine("data", "sample", path), content);
        }

        // The store that was at --db is replaced by a fresh one.
        new PlanReports.Store.PlanStore(temp.Store.Path).Initialise();
        SignoffStoreSql(temp.Store.Path, "INSERT INTO organisation VALUES ('OLD', 'Old Body', 'sha-cluster', NULL, NULL, NULL, '2011-10-01', NULL)");

        var run = CliRun.Of(BuildWithoutReports(temp, data));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(replaced)", run.Out, StringComparison.Ordinal);
        Assert.True(run.Out.IndexOf("data/reference:", StringComparison.Ordinal) < run.Out.IndexOf("data/sample:", StringComparison.Ordinal), run.Out);
        Assert.Contains("Imported 12 row(s) into 5 table(s).", run.Out, StringComparison.Ordinal);
        Assert.Contains("domains-rated [2012-13-apr]: 11 of 13 domains not RAG rated", run.Out, StringComparison.Ordinal);
        Assert.Equal(13, temp.Count("assurance_domain"));
        Assert.Equal(5, temp.Count("organisation"));
    }

    private static void SignoffStoreSql(string path, string sql) => PlanReports.Tests.Reports.SignoffStore.Execute(path, sql);

    [Fact]
    public void Build_with_a_rejected_sample_exits_2()
    {
        using var temp = new TemporaryStore();
        var data = CopyReference(temp);
        temp.Write(Path.Combine("data", "sample", "organisation.csv"), "code,name,type,valid_from\nX,Nowhere,county,2012-01-01\n");

        var run = CliRun.Of(BuildWithoutReports(temp, data));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("organisation.csv:2: column 'type': organisation_type_known", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_without_a_data_folder_is_bad_input()
    {
        using var temp = new TemporaryStore();

        var run = CliRun.Of("build", "--db", temp.Store.Path, "--data", Path.Combine(temp.Folder, "nothing"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no data folder", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Build arguments with an empty report definitions folder, so these tests check the data half of build
    /// (store, import, validation); rendering has its own tests.
    /// </summary>
    internal static string[] BuildWithoutReports(TemporaryStore temp, string data)
    {
        var reportdefs = Path.Combine(temp.Folder, "no-reportdefs");
        Directory.CreateDirectory(reportdefs);
        return ["build", "--db", temp.Store.Path, "--data", data, "--reportdefs", reportdefs, "--out", Path.Combine(temp.Folder, "out")];
    }

    private static string CopyReference(TemporaryStore temp)
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Combine("data", "reference"), "*.yaml"))
        {
            temp.Write(Path.Combine("data", "reference", Path.GetFileName(file)), File.ReadAllText(file));
        }

        return Path.Combine(temp.Folder, "data");
    }
}
