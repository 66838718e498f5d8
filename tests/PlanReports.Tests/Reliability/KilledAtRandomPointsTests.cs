using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using PlanReports.Batch;
using PlanReports.Import;
using PlanReports.Store;
using PlanReports.Tests.Batch;
using PlanReports.Tests.Import;
using PlanReports.Tests.Reports;

namespace PlanReports.Tests.Reliability;

/// <summary>
/// Runs killed at seeded random moments, as a power cut or kill -9 would: ten points through an import and
/// ten through a render. Afterwards the store is the old one or the new one, never a mix; every file in the
/// output folder is complete; and the next run finishes the work.
/// </summary>
public sealed class KilledAtRandomPointsTests
{
    private const int Seed = 20120405;
    private const int Points = 10;
    private const int Rows = 6_000;

    [Fact]
    public void An_import_killed_at_any_of_ten_seeded_points_leaves_the_old_store_or_the_new_and_the_next_import_completes()
    {
        using var temp = ImportFixture.StoreWithBase();
        var folder = WriteLargeImport(temp);
        var pristine = File.ReadAllBytes(temp.Store.Path);
        var old = Counts(temp.Store);
        var (whole, code) = ChildRun.Complete("import", "--db", temp.Store.Path, folder);
        Assert.Equal(0, code);
        var complete = Counts(temp.Store);
        Assert.Equal((old.Organisations + Rows, Rows), complete);

        var random = new Random(Seed);
        var outcomes = new List<string>();
        for (var point = 0; point < Points; point++)
        {
            Restore(temp.Store, pristine);
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * whole.TotalMilliseconds);

            var killed = ChildRun.KillAfter(delay, "import", "--db", temp.Store.Path, folder);

            // Opened read-only first, as render would open it after the crash.
            var after = Counts(temp.Store);
            outcomes.Add($"{delay.TotalMilliseconds:0} ms: {(killed ? "killed" : "finished")}, {(after == old ? "old" : "new")}");
            Assert.True(after == old || after == complete, $"point {point} ({delay.TotalMilliseconds:0} ms): the store holds {after}, neither {old} nor {complete}");
            Assert.Equal("ok", Integrity(temp.Store));
            if (after == old)
            {
                new PlanImporter(temp.Store).Import([folder]);
                Assert.Equal(complete, Counts(temp.Store));
            }
        }

        Assert.True(outcomes.Count(o => o.Contains("killed", StringComparison.Ordinal)) >= Points / 2, string.Join("; ", outcomes));
    }

    [Fact]
    public void A_render_killed_at_any_of_ten_seeded_points_leaves_only_complete_files_and_the_next_run_recovers()
    {
        using var fixture = new RunnerFixture();
        SignoffStore.AddClusters(fixture.StorePath, 10);
        var reference = Path.Combine(fixture.Root, "reference");
        RunnerFixture.Runner().Render(fixture.Options() with { OutputFolder = reference }, new RecordingProgress());
        var expected = Manifest.Read(reference).Documents.ToDictionary(d => d.Path, d => d.Sha256);
        string[] render = ["render", "--db", fixture.StorePath, "--out", fixture.Output, "--reportdefs", fixture.Reportdefs, "--jobs", "2", "--force"];
        var (whole, _) = ChildRun.Complete(render);

        var random = new Random(Seed);
        for (var point = 0; point < Points; point++)
        {
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * whole.TotalMilliseconds);

            ChildRun.KillAfter(delay, render);

            AssertOnlyCompleteFiles(fixture.Output, expected, $"point {point} ({delay.TotalMilliseconds:0} ms)");
        }

        var recovered = fixture.Render();
        Assert.Empty(recovered.Failures);
        Assert.Equal(expected, Manifest.Read(fixture.Output).Documents.ToDictionary(d => d.Path, d => d.Sha256));
        Assert.Empty(Directory.GetFiles(fixture.Output, "*" + AtomicFile.TemporarySuffix, SearchOption.AllDirectories));
        Assert.Empty(RunnerFixture.Runner().Verify(fixture.Options()).Differences);
    }

    // Every document file is byte for byte the one a full run makes; the manifest lists only files that match it;
    // the index, if written, is whole. Temporary files are the only partial ones, and only under their hidden names.
    private static void AssertOnlyCompleteFiles(string output, Dictionary<string, string> expected, string where)
    {
        foreach (var entry in Manifest.Read(output).Documents)
        {
            Assert.True(Sha(Path.Combine(output, entry.Path)) == entry.Sha256, $"{where}: {entry.Path} does not match the manifest");
        }

        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(output, file).Replace('\\', '/');
            var name = Path.GetFileName(file);
            if (name.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal) && name.StartsWith('.')
                || relative is Manifest.FileName or OutputFolderLock.LockFileName or OutputFolderLock.OwnerFileName)
            {
                continue;
            }

            if (relative == IndexPage.FileName)
            {
                Assert.EndsWith("</html>\n", File.ReadAllText(file), StringComparison.Ordinal);
                continue;
            }

            Assert.True(expected.TryGetValue(relative, out var sha) && Sha(file) == sha, $"{where}: {relative} is not a complete document");
        }
    }

    private static string WriteLargeImport(Store.TemporaryStore temp)
    {
        var organisations = new StringBuilder("code,name,type,parent_code,valid_from\n");
        var contacts = new StringBuilder("id,organisation_code,role_key,name,job_title,salutation\n");
        for (var i = 0; i < Rows; i++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"K{i:00000}");
            organisations.Append(CultureInfo.InvariantCulture, $"{code},\"Kent PCT {i}, East\",pct,5QA,2002-10-01\n");
            contacts.Append(CultureInfo.InvariantCulture, $"{code}-ce,{code},chief-executive,Chief Executive {i},Chief Executive,Dear colleague\n");
        }

        temp.Write("large/organisation.csv", organisations.ToString());
        return Path.GetDirectoryName(temp.Write("large/contact.csv", contacts.ToString()))!;
    }

    private static (long Organisations, long Contacts) Counts(PlanStore store)
    {
        using var connection = store.OpenReadOnly();
        return (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM organisation"), connection.ExecuteScalar<long>("SELECT COUNT(*) FROM contact"));
    }

    private static string Integrity(PlanStore store)
    {
        using var connection = store.OpenReadOnly();
        return connection.ExecuteScalar<string>("PRAGMA integrity_check")!;
    }

    private static void Restore(PlanStore store, byte[] pristine)
    {
        File.Delete(store.Path + "-journal");
        File.WriteAllBytes(store.Path, pristine);
    }

    private static string Sha(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
