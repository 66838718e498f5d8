namespace PlanReports.Sample;

/// <summary>What every part of the generator shares: the organisations, the reference codes, the seed, the tables, the gaps.</summary>
internal sealed record SampleContext(SampleEngland England, SampleReference Reference, ulong Seed, SampleTables Tables, PlantedGaps Gaps)
{
    public SampleRandom Random(params string[] keys) => SampleRandom.For(Seed, keys);
}
