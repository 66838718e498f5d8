using PlanReports.Batch;
using PlanReports.Components;
using PlanReports.Reports;
using PlanReports.Store;
using PlanReports.Testing;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Families;

/// <summary>
/// The same data rendered from a SQLite store and from a PostgreSQL store gives the same bytes: every report of
/// every family, in PDF, DOCX and HTML, and the manifest (which records each document's inputs); a document the
/// fixture cannot make (it has no DH sign-off decision) fails alike on both.
/// </summary>
public sealed class EngineParityTests
{
    [PostgresFact]
    public void Every_family_renders_byte_identical_files_from_sqlite_and_postgresql()
    {
        using var sqlite = new TemporaryStore(StoreEngine.Sqlite);
        using var postgres = new TemporaryStore(StoreEngine.PostgreSql);

        var (fromSqlite, sqliteFailures) = RenderAll(sqlite);
        var (fromPostgres, postgresFailures) = RenderAll(postgres);

        Assert.True(fromSqlite.Count > 20, $"only {fromSqlite.Count} files rendered");
        Assert.Contains(fromSqlite.Keys, f => f.StartsWith("bcf-plan-pack/", StringComparison.Ordinal) && f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(sqliteFailures, postgresFailures);
        Assert.Equal(fromSqlite.Keys, fromPostgres.Keys);
        Assert.All(fromSqlite, file => Assert.True(
            file.Value.AsSpan().SequenceEqual(fromPostgres[file.Key]),
            $"{file.Key} differs between the SQLite and the PostgreSQL store"));
    }

    /// <summary>Every file the runner writes from the fixture in <paramref name="temp"/>'s store, by path under the output folder.</summary>
    private static (SortedDictionary<string, byte[]> Files, IReadOnlyList<string> Failures) RenderAll(TemporaryStore temp)
    {
        var db = FixtureStore.CreateIn(temp);
        var output = Path.Combine(temp.Folder, "output");
        var runner = new BatchRunner(ReportModelSources.All, ReportComponents.All, DocumentRenderers.CreateAll, "test-engine");

        var result = runner.Render(new BatchOptions(db, RepoPaths.Combine("reportdefs"), output, null, null, null, 1, true), new SilentProgress());

        var failures = result.Failures.Select(f => f.ToString() ?? string.Empty).Order(StringComparer.Ordinal).ToList();
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(output, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return (files, failures);
    }

    private sealed class SilentProgress : IBatchProgress
    {
        public void Started(int documents)
        {
        }

        public void Finished(DocumentOutcome outcome)
        {
        }
    }
}
