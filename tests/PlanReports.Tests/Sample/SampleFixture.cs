using PlanReports.Reference;
using PlanReports.Sample;
using PlanReports.Tests.Reference;

namespace PlanReports.Tests.Sample;

/// <summary>The scale-1 sample with the default seed, generated once from the committed reference data.</summary>
public sealed class SampleFixture
{
    public SampleFixture()
    {
        ReferenceData = ReferenceDataLoader.Load(RepositoryPaths.ReferenceDirectory);
        Reference = SampleReferenceMapper.From(ReferenceData);
        Context = SampleGenerator.Build(Reference, 1, SampleGenerator.DefaultSeed);
        Files = Context.Tables.All.Select(t => (t.Name + ".csv", t.ToCsv())).ToList();
    }

    public ReferenceData ReferenceData { get; }

    internal SampleReference Reference { get; }

    internal SampleContext Context { get; }

    internal IReadOnlyList<(string Name, string Text)> Files { get; }

    internal SampleTables Tables => Context.Tables;

    /// <summary>A table's rows as column → cell maps (null for an empty cell).</summary>
    internal static IEnumerable<IReadOnlyDictionary<string, string?>> Rows(SampleTable table) =>
        table.Rows.Select(row => (IReadOnlyDictionary<string, string?>)table.Columns.Select((c, i) => (c, row[i])).ToDictionary(x => x.c, x => x.Item2));
}
