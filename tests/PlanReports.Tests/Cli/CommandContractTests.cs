using PlanReports.Batch;
using PlanReports.Tests.Batch;

namespace PlanReports.Tests.Cli;

/// <summary>
/// The README's exit-code table for every command against the inputs that used to give stack traces: a --db that
/// is a text file, an empty --db, and a read-only --out. Each gives one line naming the path and the problem and
/// exit code 2, or, where the command can rightly go on (init fills an empty file, verify reads a read-only
/// folder), does its work.
/// </summary>
public sealed class CommandContractTests : IDisposable
{
    private static readonly string[] StoreCommands = ["init", "import", "validate", "list", "build", "render", "verify"];

    private readonly RunnerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private string[] Arguments(string command, string db, string output) => command switch
    {
        "import" => ["import", "--db", db, Path.Combine(fixture.Root, "nothing-to-import")],
        "build" => ["build", "--db", db, "--out", output, "--data", Data(), "--reportdefs", fixture.Reportdefs],
        "render" or "verify" => [command, "--db", db, "--out", output, "--reportdefs", fixture.Reportdefs],
        _ => [command, "--db", db],
    };

    private string Data()
    {
        var data = Path.Combine(fixture.Root, "data");
        Directory.CreateDirectory(data);
        return data;
    }

    private static void AssertOneLine(CliRun run, string path, string problem)
    {
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith(path + ": ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", line, StringComparison.Ordinal);
        Assert.DoesNotContain("no such table", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_given_a_text_file_as_db_exits_2_naming_it_and_leaves_it_alone()
    {
        var db = Path.Combine(fixture.Root, "notes.txt");
        foreach (var command in StoreCommands)
        {
            File.WriteAllText(db, "Minutes of the sign-off meeting.\n");

            var run = CliRun.Of(Arguments(command, db, fixture.Output));

            AssertOneLine(run, db, "is not a PlanReports store (the file is not a SQLite database)");
            Assert.Equal("Minutes of the sign-off meeting.\n", File.ReadAllText(db));
        }
    }

    [Fact]
    public void Every_command_given_an_empty_db_says_the_store_is_empty_or_fills_it()
    {
        var db = Path.Combine(fixture.Root, "empty.db");
        foreach (var command in StoreCommands)
        {
            File.WriteAllBytes(db, []);

            var run = CliRun.Of(Arguments(command, db, fixture.Output));

            if (command is "init" or "build")
            {
                // init and build make a store: an empty file is where they make it.
                Assert.True(run.ExitCode is 0 or 1, $"{command}: {run.Error}");
                Assert.True(new FileInfo(db).Length > 0, command);
            }
            else
            {
                AssertOneLine(run, db, "the store is empty (it holds no PlanReports schema); run 'planreports init' first");
                Assert.Equal(0, new FileInfo(db).Length);
            }
        }
    }

    [Fact]
    public void Build_leaves_another_programs_sqlite_database_alone()
    {
        var db = Path.Combine(fixture.Root, "finance.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE ledger (id INTEGER); INSERT INTO ledger VALUES (1);";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(db);

        var run = CliRun.Of(Arguments("build", db, fixture.Output));

        AssertOneLine(run, db, "is a SQLite database but not a PlanReports store");
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void Build_and_render_into_a_read_only_out_exit_2_naming_it_and_verify_reads_it()
    {
        fixture.Render();
        var before = File.ReadAllBytes(fixture.StorePath);
        using var readOnly = new ReadOnlyFolder(fixture.Output);
        var full = Path.GetFullPath(fixture.Output);

        foreach (var command in new[] { "build", "render" })
        {
            var run = CliRun.Of(Arguments(command, fixture.StorePath, fixture.Output));

            AssertOneLine(run, full, "output folder cannot be written");
            Assert.Equal(before, File.ReadAllBytes(fixture.StorePath));
        }

        var verify = CliRun.Of(Arguments("verify", fixture.StorePath, fixture.Output));
        Assert.Equal((0, string.Empty), (verify.ExitCode, verify.Error));
        Assert.Contains("6 files checked, 0 differ", verify.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(fixture.Output, OutputFolderLock.OwnerFileName)));
    }

    [Fact]
    public void Render_into_an_out_that_is_a_file_exits_2_naming_it()
    {
        var file = Path.Combine(fixture.Root, "out.txt");
        File.WriteAllText(file, "not a folder");

        var run = CliRun.Of(Arguments("render", fixture.StorePath, file));

        AssertOneLine(run, file, "output folder cannot be written");
        Assert.Equal("not a folder", File.ReadAllText(file));
    }
}
