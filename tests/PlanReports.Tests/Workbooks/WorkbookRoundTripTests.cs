using PlanReports.Import;

namespace PlanReports.Tests.Workbooks;

/// <summary>
/// A template exported from the store and imported unchanged leaves the store exactly as it was (every table's
/// rows compared), for every PCT cluster and health and wellbeing board of the sample; an edited workbook changes
/// exactly what was edited.
/// </summary>
[Collection(WorkbookCollection.Name)]
public sealed class WorkbookRoundTripTests(WorkbookStore store)
{
    [Fact]
    public void Every_pct_cluster_workbook_imported_unchanged_leaves_the_store_identical() => AssertRoundTrips("pct-cluster",
        ["trajectory", "planned_savings", "qipp_programme", "milestone", "domain_rating", "workforce_kloe_assessment", "ph_checklist_response"]);

    [Fact]
    public void Every_hwb_workbook_imported_unchanged_leaves_the_store_identical() => AssertRoundTrips("hwb",
        ["bcf_plan", "bcf_fund_line", "bcf_scheme", "bcf_condition_status", "bcf_metric_plan", "bcf_risk", "bcf_signoff"]);

    [Fact]
    public void An_edited_rating_and_an_emptied_risk_row_change_exactly_those_rows()
    {
        var before = store.Dump();
        var originals = new[] { store.Template("C01", "C01-original.xlsx"), store.Template("HWB001", "HWB001-original.xlsx") };
        var path = store.Template("HWB001", "HWB001-edited.xlsx");
        var pctPath = store.Template("C01", "C01-edited.xlsx");
        using (var editor = new WorkbookEditor(pctPath))
        {
            editor.Text("Domains", "C5", "red");
        }

        using (var editor = new WorkbookEditor(path))
        {
            foreach (var column in new[] { "A", "B", "C", "D", "E", "F" })
            {
                editor.Text("Risks", $"{column}6", null);
            }
        }

        store.Import(pctPath, path);

        Assert.Equal("red", store.Texts("SELECT rag FROM domain_rating WHERE submission_code = '2012-13-apr' AND organisation_code = 'C01' AND domain_code = 'overarching'").Single());
        Assert.Empty(store.Texts("SELECT risk FROM bcf_risk WHERE hwb_code = 'HWB001' AND position = 2"));
        var changed = Difference(before, store.Dump());
        Assert.Equal(2, changed.Removed.Count);
        Assert.Single(changed.Added);
        Assert.Contains(changed.Removed, l => l.StartsWith("2012-13-apr|C01|overarching|amber|", StringComparison.Ordinal));
        Assert.Contains(changed.Removed, l => l.StartsWith("HWB001|2|", StringComparison.Ordinal));
        Assert.StartsWith("2012-13-apr|C01|overarching|red|", changed.Added[0], StringComparison.Ordinal);

        // The workbooks as first written put the store back as it was.
        store.Import(originals);
        Assert.Equal(before, store.Dump());
    }

    [Fact]
    public void Each_referral_to_treatment_standard_has_a_row_of_its_own_and_an_edit_changes_only_that_standards_plan()
    {
        var before = store.Dump();
        var original = store.Template("C01", "C01-standards-original.xlsx");
        var path = store.Template("C01", "C01-standards-edited.xlsx");
        // The sheet's rows for the cluster's first PCT, 5A0: each relevant indicator once per standard, from row 5.
        var measures = store.Texts(
            """
            SELECT i.code || '|' || COALESCE(s.position, 1) FROM indicator i LEFT JOIN indicator_standard s ON s.indicator_code = i.code
            WHERE i.planned_per_pct = 1 ORDER BY i.code, COALESCE(s.position, 1)
            """).ToList();
        Assert.Contains("QUAL-07|3", measures);
        var row = 5 + measures.IndexOf("QUAL-07|2");
        using (var editor = new WorkbookEditor(path))
        {
            editor.Number("Trajectories", $"H{row}", 99.5);
        }

        store.Import(path);

        var changed = Difference(before, store.Dump());
        var removed = Assert.Single(changed.Removed);
        var added = Assert.Single(changed.Added);
        Assert.StartsWith("2012-13-apr|5A0|QUAL-07|2|2012-04|", removed, StringComparison.Ordinal);
        Assert.Equal("2012-13-apr|5A0|QUAL-07|2|2012-04|99.5|", added);

        store.Import(original);
        Assert.Equal(before, store.Dump());
    }

    private void AssertRoundTrips(string type, string[] tables)
    {
        var before = store.Dump();
        var codes = store.Codes(type);
        Assert.NotEmpty(codes);
        var imported = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            ImportSummary summary;
            try
            {
                summary = store.Import(store.Template(code));
            }
            catch (ImportRejectedException rejected)
            {
                Assert.Fail($"{code}: {string.Join("\n", rejected.Errors)}");
                throw;
            }

            foreach (var table in summary.Tables)
            {
                imported[table.Table] = imported.GetValueOrDefault(table.Table) + table.Rows;
            }
        }

        Assert.Equal(before, store.Dump());

        // The workbooks carried every row of their tables for the round's final submission, not nothing.
        foreach (var table in tables)
        {
            // SHA clusters have milestones too; the PCT cluster workbooks carry their clusters' and PCTs' rows.
            var where = table.StartsWith("bcf_", StringComparison.Ordinal) ? string.Empty
                : " WHERE submission_code = '2012-13-apr' AND organisation_code IN (SELECT code FROM organisation WHERE type IN ('pct-cluster', 'pct'))";
            var stored = int.Parse(store.Texts($"SELECT count(*) FROM {table}{where}").Single(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(stored > 0, table);
            Assert.Equal(stored, imported.GetValueOrDefault(table));
        }
    }

    private static (List<string> Removed, List<string> Added) Difference(string before, string after)
    {
        var old = before.Split('\n').ToHashSet(StringComparer.Ordinal);
        var now = after.Split('\n').ToHashSet(StringComparer.Ordinal);
        return (old.Except(now).Order(StringComparer.Ordinal).ToList(), now.Except(old).Order(StringComparer.Ordinal).ToList());
    }
}
