using PlanReports.Sample;

namespace PlanReports.Tests.Sample;

public sealed class SampleRandomTests
{
    [Fact]
    public void A_stream_is_fixed_by_its_seed_and_keys_so_the_sample_cannot_drift_with_the_runtime()
    {
        // Pinned values: if these change, every committed sample file changes with them.
        var random = SampleRandom.For(20120405, "trajectory", "5A0", "QUAL-01");
        var first = new[] { random.NextUInt64(), random.NextUInt64(), random.NextUInt64() };
        var again = SampleRandom.For(20120405, "trajectory", "5A0", "QUAL-01");

        Assert.Equal(first, new[] { again.NextUInt64(), again.NextUInt64(), again.NextUInt64() });
        Assert.NotEqual(first[0], SampleRandom.For(20120405, "trajectory", "5A0", "QUAL-02").NextUInt64());
        Assert.NotEqual(first[0], SampleRandom.For(20120406, "trajectory", "5A0", "QUAL-01").NextUInt64());
        // Keys are delimited, so ("ab", "c") and ("a", "bc") are different streams.
        Assert.NotEqual(SampleRandom.For(1, "ab", "c").NextUInt64(), SampleRandom.For(1, "a", "bc").NextUInt64());
    }

    [Fact]
    public void Draws_stay_within_their_bounds_and_cover_them()
    {
        var random = SampleRandom.For(7, "bounds");
        var ints = Enumerable.Range(0, 2000).Select(_ => random.Between(4, 8)).ToList();
        var doubles = Enumerable.Range(0, 2000).Select(_ => random.NextDouble()).ToList();

        Assert.Equal([4, 5, 6, 7, 8], ints.Distinct().Order());
        Assert.All(doubles, d => Assert.InRange(d, 0.0, 0.9999999999));
        Assert.InRange(doubles.Average(), 0.45, 0.55);
    }

    [Fact]
    public void Picking_distinct_items_never_repeats_one()
    {
        var picked = SampleRandom.For(3, "distinct").PickDistinct(Enumerable.Range(0, 11).ToList(), 7);

        Assert.Equal(7, picked.Count);
        Assert.Equal(7, picked.Distinct().Count());
    }
}
