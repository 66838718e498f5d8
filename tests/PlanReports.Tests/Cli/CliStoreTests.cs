using System.Diagnostics;
using PlanReports.Store;
using PlanReports.Tests.Import;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Cli;

/// <summary>The commands take the store from --db or PLANREPORTS_DB, whichever engine it is on.</summary>
public sealed class CliStoreTests
{
    [EngineTheory]
    public void Init_import_and_list_work_on_the_store_db_names(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine);
        var folder = ImportFixture.Write(temp, ImportFixture.Base);

        var init = CliRun.Of("init", "--db", temp.Store.Path);
        var import = CliRun.Of("import", "--db", temp.Store.Path, folder);
        var list = CliRun.Of("list", "--db", temp.Store.Path);

        Assert.Equal((0, 0, 0), (init.ExitCode, import.ExitCode, list.ExitCode));
        Assert.Contains(temp.Store.DisplayName, init.Out, StringComparison.Ordinal);
        Assert.Matches(@"pct-cluster\s+1", list.Out);
    }

    [Fact]
    public void Without_db_the_store_comes_from_planreports_db()
    {
        using var temp = new TemporaryStore();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = temp.Folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanReports.Cli.dll"));
        start.ArgumentList.Add("init");
        start.Environment["PLANREPORTS_DB"] = temp.Store.Path;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, output);
        Assert.True(temp.Store.Exists, output);
        Assert.False(File.Exists(Path.Combine(temp.Folder, "output", "planreports.db")));
    }

    [Fact]
    public void A_postgres_url_that_cannot_be_read_exits_2_with_one_line()
    {
        var run = CliRun.Of("list", "--db", "postgres://localhost/planreports?no_such_setting=1");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--db: the URL parameter 'no such setting' is not a PostgreSQL connection setting Npgsql knows.\n", run.Error);
    }
}
