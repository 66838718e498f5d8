using System.Diagnostics;
using System.Text.RegularExpressions;
using PlanReports.Batch;
using PlanReports.Reports;
using PlanReports.Tests.Reports;

namespace PlanReports.Tests.Batch;

/// <summary>The output folder is the program's alone: paths from the manifest stay inside it, one run holds it at a time, and only our own files are removed.</summary>
public sealed class OutputFolderSafetyTests : IDisposable
{
    private readonly RunnerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Theory]
    [InlineData("../victim.txt")]
    [InlineData("signoff-letter/../../victim.txt")]
    [InlineData("ABSOLUTE")]
    public void A_manifest_path_outside_the_output_folder_stops_the_run_naming_the_entry_and_deletes_nothing(string path)
    {
        fixture.Render();
        var victim = Path.Combine(fixture.Root, "victim.txt");
        File.WriteAllText(victim, "not ours");
        var hostile = path == "ABSOLUTE" ? victim : path;
        // The entry is for an organisation that no longer exists, so the stale-file clean-up would delete its path.
        var manifest = Manifest.Read(fixture.Output);
        var stale = manifest.Documents[0] with { Organisation = "sha-gone", Path = hostile };
        Manifest.Create("test-engine", [.. manifest.Documents, stale]).Write(fixture.Output);

        var refused = Assert.Throws<InvalidDataException>(() => fixture.Render(force: true));

        Assert.Contains($"({stale.Report}, sha-gone, {stale.Format}) has path '{hostile}'", refused.Message, StringComparison.Ordinal);
        Assert.Equal("not ours", File.ReadAllText(victim));
    }

    [Fact]
    public void Render_with_a_hostile_manifest_exits_2_with_one_line()
    {
        fixture.Render();
        var victim = Path.Combine(fixture.Root, "victim.txt");
        File.WriteAllText(victim, "not ours");
        var manifest = Manifest.Read(fixture.Output);
        Manifest.Create("test-engine", [.. manifest.Documents, manifest.Documents[0] with { Organisation = "sha-gone", Path = "../victim.txt" }]).Write(fixture.Output);

        var run = Cli.CliRun.Of("render", "--db", fixture.StorePath, "--out", fixture.Output, "--reportdefs", fixture.Reportdefs);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("has path '../victim.txt': the path has an empty, '.' or '..' part", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(victim));
    }

    [Fact]
    public void A_stale_file_someone_replaced_is_not_deleted()
    {
        fixture.Render();
        var south = Manifest.Read(fixture.Output).Documents.First(d => d.Organisation == "sha-south" && d.Format == "html");
        var file = Path.Combine(fixture.Output, south.Path);
        File.WriteAllText(file, "my own notes, saved over the old letter");
        // South's letter now fails, so its old files are stale.
        SignoffStore.Execute(fixture.StorePath, "DELETE FROM contact WHERE id = 'south-ce'");

        fixture.Render();

        Assert.Equal("my own notes, saved over the old letter", File.ReadAllText(file));
        Assert.False(File.Exists(Path.Combine(fixture.Output, Path.ChangeExtension(south.Path, "pdf"))), "the letter this program wrote should go");
    }

    [Fact]
    public void A_second_run_into_a_held_output_folder_is_refused_at_once_naming_the_holder()
    {
        using var held = OutputFolderLock.Acquire(fixture.Output);

        var (code, errors) = OtherProcess("render", "--db", fixture.StorePath, "--out", fixture.Output, "--reportdefs", fixture.Reportdefs);

        Assert.Equal(2, code);
        Assert.Equal($"{Path.GetFullPath(fixture.Output)}: output folder is in use by process {Environment.ProcessId}; wait for it to finish or use another --out.",
            errors.Trim());
        Assert.False(File.Exists(Path.Combine(fixture.Output, Manifest.FileName)));
        var inProcess = Assert.Throws<BatchUsageException>(() => fixture.Render());
        Assert.Contains($"in use by process {Environment.ProcessId}", inProcess.Message, StringComparison.Ordinal);
    }

    private static (int Code, string Errors) OtherProcess(params string[] arguments)
    {
        using var process = KilledRunTests.StartCliCaptured(arguments);
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors.GetAwaiter().GetResult());
    }

    [Fact]
    public void The_lock_is_released_when_the_run_ends_and_when_its_process_is_killed()
    {
        fixture.Render();
        // The finished run let go of the folder: it can be taken again at once.
        OutputFolderLock.Acquire(fixture.Output).Dispose();

        SignoffStore.AddClusters(fixture.StorePath, 40);
        using (var cli = KilledRunTests.StartCliCaptured("render", "--db", fixture.StorePath, "--out", fixture.Output, "--reportdefs", fixture.Reportdefs, "--jobs", "1", "--force"))
        {
            var owner = Path.Combine(fixture.Output, OutputFolderLock.OwnerFileName);
            var clock = Stopwatch.StartNew();
            while (!File.Exists(owner) && !cli.HasExited && clock.Elapsed < TimeSpan.FromMinutes(1))
            {
                Thread.Sleep(5);
            }

            Assert.False(cli.HasExited, "the run finished before it could be killed");
            cli.Kill(entireProcessTree: true);
            cli.WaitForExit();
        }

        // The killed process's lock went with it: the next run takes the folder at once.
        Assert.Empty(fixture.Render().Failures);
    }

    [Fact]
    public void Start_up_clean_up_removes_only_temporary_files_whose_process_is_gone()
    {
        var letters = Path.Combine(fixture.Output, "signoff-letter");
        Directory.CreateDirectory(letters);
        using var live = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        int gone;
        using (var finished = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
        {
            finished.WaitForExit();
            gone = finished.Id;
        }

        var liveFile = Path.Combine(letters, $".x.pdf.{live.Id}{AtomicFile.TemporarySuffix}");
        var goneFile = Path.Combine(letters, $".y.pdf.{gone}{AtomicFile.TemporarySuffix}");
        var notOurs = Path.Combine(letters, $".notes{AtomicFile.TemporarySuffix}");
        foreach (var file in new[] { liveFile, goneFile, notOurs })
        {
            File.WriteAllText(file, "partial");
        }

        try
        {
            fixture.Render();

            Assert.True(File.Exists(liveFile), "another live run's temporary file was deleted");
            Assert.False(File.Exists(goneFile), "a killed run's temporary file was kept");
            Assert.True(File.Exists(notOurs), "a file without an owner in its name is not ours to delete");
        }
        finally
        {
            live.Kill();
        }
    }

    [Fact]
    public void A_280_character_organisation_name_gives_a_short_stable_unique_file_name()
    {
        var shared = string.Concat(Enumerable.Repeat("Very Long Strategic Health Authority Cluster Name ", 5));
        foreach (var (code, tail) in new[] { ("sha-long-1", "of the North"), ("sha-long-2", "of the South") })
        {
            var name = (shared + tail).PadRight(280, 'x');
            Assert.Equal(280, name.Length);
            SignoffStore.Execute(fixture.StorePath,
                "INSERT INTO organisation VALUES (@code, @name, 'sha-cluster', 'DH', 'Long House\nLeeds', 'LS1 1AA', '2011-10-01', NULL); " +
                "INSERT INTO contact VALUES (@code || '-ce', @code, 'chief-executive', 'Chief Executive', 'Chief Executive', 'Dear colleague', NULL); " +
                "INSERT INTO decision VALUES ('dh-' || @code, 'dh-signoff', '2012-13-apr', @code, 'DH', 'dh-flory', '2012-04-30', '2012-05-04', NULL, 'assured', 'green', 'The plans are assured.', NULL);",
                new { code, name });
        }

        var first = fixture.Render();
        var paths = Manifest.Read(fixture.Output).Documents.Where(d => d.Organisation.StartsWith("sha-long", StringComparison.Ordinal)).Select(d => d.Path).ToList();
        fixture.Render(force: true);
        var again = Manifest.Read(fixture.Output).Documents.Where(d => d.Organisation.StartsWith("sha-long", StringComparison.Ordinal)).Select(d => d.Path).ToList();

        Assert.Empty(first.Failures);
        Assert.Equal(6, paths.Distinct().Count());
        Assert.Equal(paths, again);
        Assert.All(paths, p => Assert.Matches(new Regex(@"^signoff-letter/sha-long-\d-very-long-[a-z0-9-]+-[0-9a-f]{8}\.(pdf|docx|html)$"), p));
        Assert.All(paths, p => Assert.True(Path.GetFileNameWithoutExtension(p).Length <= FileStem.MaxLength, p));
    }

    [Fact]
    public void Verify_reports_files_the_manifest_does_not_list()
    {
        fixture.Render();
        var letter = Manifest.Read(fixture.Output).Documents.First(d => d.Format == "pdf");
        File.Copy(Path.Combine(fixture.Output, letter.Path), Path.Combine(fixture.Output, "signoff-letter", "sha-north-old-name.pdf"));
        File.WriteAllText(Path.Combine(fixture.Output, "notes.txt"), "mine");

        var result = RunnerFixture.Runner().Verify(fixture.Options());

        Assert.Equal(
            ["notes.txt: not in the manifest (left from an earlier run, or put there by hand)",
             "signoff-letter/sha-north-old-name.pdf: not in the manifest (left from an earlier run, or put there by hand)"],
            result.Differences.Select(d => d.ToString()));
        var cli = Cli.CliRun.Of("verify", "--db", fixture.StorePath, "--out", fixture.Output, "--reportdefs", fixture.Reportdefs);
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("DIFFERS signoff-letter/sha-north-old-name.pdf: not in the manifest", cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--org", "sha-nrth", "There is no document for organisation 'sha-nrth'; nearest: sha-north, sha-south.")]
    [InlineData("--report", "signof-letter", "There is no report 'signof-letter' in REPORTDEFS; nearest: signoff-letter.")]
    public void An_unknown_org_or_report_exits_2_naming_the_nearest_known_values(string option, string value, string expected)
    {
        var run = Cli.CliRun.Of("render", "--db", fixture.StorePath, "--out", fixture.Output, "--reportdefs", fixture.Reportdefs, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected.Replace("REPORTDEFS", fixture.Reportdefs, StringComparison.Ordinal) + "\n", run.Error);
        Assert.Equal(2, Cli.CliRun.Of("verify", "--db", fixture.StorePath, "--out", fixture.Output, "--reportdefs", fixture.Reportdefs, option, value).ExitCode);
    }

    [Fact]
    public void Nearest_names_are_ordered_by_edit_distance_ignoring_case()
    {
        Assert.Equal(["Q30", "Q31", "Q3A"], NearestNames.Find("q3o", ["5QA", "Q31", "Q30", "Q3A", "RX1"]));
        Assert.Equal(3, NearestNames.Distance("kitten", "sitting"));
    }
}
