using PlanReports.Import;
using PlanReports.Sample;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Sample;

/// <summary>
/// The committed sample imports into a fresh store through the real importer, which checks every NOT NULL
/// column, type, named CHECK constraint, key and foreign key. The reference tables it points into are written
/// from the loaded reference data first.
/// </summary>
public sealed class SampleImportTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    [Fact]
    public void The_scale_1_sample_imports_into_a_fresh_store_with_every_reference_resolved()
    {
        using var store = new TemporaryStore().Initialised();
        foreach (var table in ReferenceTables(sample.Reference))
        {
            store.Write(Path.Combine("reference", table.Name + ".csv"), table.ToCsv());
        }
        foreach (var (name, text) in sample.Files)
        {
            store.Write(Path.Combine("sample", name), text);
        }

        var summary = new PlanImporter(store.Store).Import([Path.Combine(store.Folder, "reference"), Path.Combine(store.Folder, "sample")]);

        var imported = summary.Tables.ToDictionary(t => t.Table, t => t.Rows);
        foreach (var table in sample.Tables.All)
        {
            Assert.Equal(table.RowCount, imported[table.Name]);
        }
    }

    // Just the columns the schema requires, from the same reference records the generator used.
    private static IEnumerable<SampleTable> ReferenceTables(SampleReference reference)
    {
        var domains = new SampleTable("assurance_domain", ["code", "position", "name", "group_name", "label"], 1);
        for (var i = 0; i < reference.Domains.Count; i++)
        {
            domains.Add(reference.Domains[i].Code, i + 1, reference.Domains[i].Name, null, reference.Domains[i].Name);
        }
        yield return domains;

        var indicators = new SampleTable("indicator",
            ["code", "name", "indicator_group", "outcomes_domain", "public_health", "unit", "polarity", "standard_text", "standard_value", "frequency", "data_source"], 1);
        var standards = new SampleTable("indicator_standard", ["indicator_code", "position", "paragraph", "measure", "quote", "threshold_percent", "comparison"], 2);
        foreach (var i in reference.Indicators)
        {
            var headline = i.Standards.FirstOrDefault(s => s.Threshold is not null)?.Threshold;
            indicators.Add(i.Code, i.Name, "Quality", null, 0, i.Unit, i.Polarity, headline is null ? null : "standard", headline, i.Frequency, "Unify");
            foreach (var s in i.Standards)
            {
                standards.Add(i.Code, s.Position, "2.31", s.Measure, "standard", s.Threshold, s.Threshold is null ? null : s.LessThan ? "less-than" : "at-least");
            }
        }
        yield return indicators;
        yield return standards;

        var milestones = new SampleTable("national_milestone", ["code", "category", "text", "due_text", "due_date"], 1);
        foreach (var e in reference.MilestoneExpectations)
        {
            milestones.Add(e.Code, e.Category, e.Text, e.DueQuarter, e.LatestDate);
        }
        yield return milestones;

        var kloes = new SampleTable("workforce_kloe", ["code", "position", "heading", "text"], 1);
        for (var i = 0; i < reference.WorkforceKloeCodes.Count; i++)
        {
            kloes.Add(reference.WorkforceKloeCodes[i], i + 1, null, "line of enquiry");
        }
        yield return kloes;

        var checklist = new SampleTable("ph_checklist_item", ["code", "parent_code", "level", "position", "text"], 1);
        for (var i = 0; i < reference.ChecklistItems.Count; i++)
        {
            var item = reference.ChecklistItems[i];
            var parent = item.Level == "section" ? null : item.Code[..item.Code.LastIndexOf('.')];
            checklist.Add(item.Code, parent, item.Level, i + 1, item.Text);
        }
        yield return checklist;

        var conditions = new SampleTable("bcf_condition", ["code", "position", "name", "definition", "april_2015_payment"], 1);
        for (var i = 0; i < reference.BcfConditionCodes.Count; i++)
        {
            conditions.Add(reference.BcfConditionCodes[i], i + 1, reference.BcfConditionCodes[i], "definition", 0);
        }
        yield return conditions;

        var metrics = new SampleTable("bcf_metric", ["code", "kind", "name", "polarity"], 1);
        foreach (var m in reference.BcfNationalMetrics)
        {
            metrics.Add(m.Code, "national", m.Name, m.LowerIsBetter ? "lower-is-better" : "higher-is-better");
        }
        foreach (var m in reference.BcfLocalMetricMenu)
        {
            metrics.Add(m.Code, "local-menu", m.Name, m.LowerIsBetter ? "lower-is-better" : "higher-is-better");
        }
        yield return metrics;
    }
}
