using System.Globalization;
using Dapper;
using PlanReports.Import;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Import;

/// <summary>
/// Analysts importing into one store at the same time: imports of different organisations both land; imports of
/// the same rows take turns, so exactly one writes them and the others are rejected as on a second, sequential
/// import (the key "is already in the store"), never with a database error and never losing or mixing rows.
/// </summary>
public sealed class ConcurrentImportTests
{
    [EngineTheory]
    public void Imports_of_different_organisations_at_the_same_time_both_succeed(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);
        var kent = Plan(temp, "kent", "5QC", "Kent PCT", 100);
        var medway = Plan(temp, "medway", "5QD", "Medway PCT", 200);

        var outcomes = RunTogether(temp.Store, [kent, medway]);

        Assert.All(outcomes, o => Assert.Null(o));
        using var connection = temp.Store.OpenReadOnly();
        Assert.Equal(
            ["5QC Kent PCT", "5QD Medway PCT"],
            connection.Query<string>("SELECT code || ' ' || name FROM organisation WHERE type = 'pct' ORDER BY code"));
        Assert.Equal(
            [100.0, 200.0],
            connection.Query<double>("SELECT amount_k FROM planned_savings WHERE submission_code = '2012-13-apr' ORDER BY amount_k"));
    }

    [EngineTheory]
    public void Imports_of_the_same_rows_at_the_same_time_take_turns_and_the_later_ones_are_rejected_cleanly(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);
        var folders = Enumerable.Range(1, 4).Select(i => Plan(temp, $"analyst-{i}", "5QC", $"Kent PCT (analyst {i})", 100 * i)).ToList();

        var outcomes = RunTogether(temp.Store, folders);

        var winner = Assert.Single(outcomes.Select((o, i) => (Outcome: o, Index: i)), o => o.Outcome is null).Index;
        foreach (var rejected in outcomes.Where(o => o is not null))
        {
            Assert.All(rejected!.Errors, e => Assert.Equal("duplicate-primary-key", e.Rule));
            Assert.Contains(rejected.Errors, e => e.Message == "organisation (code) = ('5QC') is already in the store");
            Assert.Contains(rejected.Errors, e => e.Message.StartsWith("planned_savings (submission_code, organisation_code, year) = ('2012-13-apr', '5QA', '2014/15') is already in the store", StringComparison.Ordinal));
        }

        // The store holds the winner's rows, whole: its organisation name and its savings, nothing of the others.
        using var connection = temp.Store.OpenReadOnly();
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"Kent PCT (analyst {winner + 1}) {100 * (winner + 1)}"),
            connection.QuerySingle<string>(
                """
                SELECT o.name || ' ' || CAST(CAST(s.amount_k AS BIGINT) AS TEXT)
                FROM organisation o, planned_savings s WHERE o.code = '5QC' AND s.year = '2014/15'
                """));
    }

    /// <summary>A plan folder: one PCT under the fixture's cluster, and the cluster's 2014/15 savings.</summary>
    private static string Plan(TemporaryStore temp, string folder, string code, string name, int savings)
    {
        temp.Write($"{folder}/organisation.csv", $"code,name,type,parent_code,valid_from\n{code},{name},pct,5QA,2002-10-01\n");
        var year = code == "5QD" ? "2013/14" : "2014/15";
        return Path.GetDirectoryName(temp.Write($"{folder}/planned_savings.csv",
            string.Create(CultureInfo.InvariantCulture, $"submission_code,organisation_code,year,amount_k\n2012-13-apr,5QA,{year},{savings}\n")))!;
    }

    /// <summary>Starts every import at once (one thread each) and returns, per import, null for success or its rejection.</summary>
    private static List<ImportRejectedException?> RunTogether(PlanStore store, IReadOnlyList<string> folders)
    {
        using var start = new Barrier(folders.Count);
        var imports = folders.Select(folder => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                try
                {
                    new PlanImporter(store).Import([folder]);
                    return null;
                }
                catch (ImportRejectedException rejected)
                {
                    return rejected;
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(imports);
        return imports.Select(t => t.Result).ToList();
    }
}
