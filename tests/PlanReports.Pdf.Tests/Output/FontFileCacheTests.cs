using PlanReports.Bench;
using PlanReports.Pdf.Tests.Fixtures;
using PlanReports.Pdf.Writer;

namespace PlanReports.Pdf.Tests.Output;

/// <summary>Font subsets made once per renderer and reused: the same bytes as made afresh, and never more than the cache holds.</summary>
public sealed class FontFileCacheTests(RenderedSamples samples) : IClassFixture<RenderedSamples>
{
    [Fact]
    public void A_document_whose_subsets_come_from_the_cache_has_the_bytes_of_one_rendered_by_a_fresh_renderer()
    {
        using var renderer = new PdfRenderer();

        // The letter's glyph sets are cached by its first rendering; the second takes them from there.
        RenderedSamples.Render(renderer, SampleDocuments.Letter());
        RenderedSamples.Render(renderer, SampleDocuments.Pack());
        var again = RenderedSamples.Render(renderer, SampleDocuments.Letter()).Bytes;

        Assert.Equal(samples.Letter, again);
    }

    [Fact]
    public void A_held_subset_is_returned_without_making_it_again()
    {
        var cache = new FontFileCache();
        var made = 0;
        FontFile Make()
        {
            made++;
            return new FontFile(3, [1, 2, 3]);
        }

        var first = cache.GetOrMake("LiberationSans:1,2,3", Make);
        var second = cache.GetOrMake("LiberationSans:1,2,3", Make);
        cache.GetOrMake("LiberationSans-Bold:1,2,3", Make);

        Assert.Same(first, second);
        Assert.Equal(2, made);
    }

    [Fact]
    public void A_full_cache_lets_its_oldest_subset_go()
    {
        var cache = new FontFileCache(capacity: 2);
        var made = new List<string>();
        FontFile Make(string key)
        {
            made.Add(key);
            return new FontFile(1, [0]);
        }

        foreach (var key in new[] { "a", "b", "c", "b", "a" })
        {
            cache.GetOrMake(key, () => Make(key));
        }

        // "c" pushed out "a", so "a" is made again (pushing out "b"); "b" was still held when asked for.
        Assert.Equal(["a", "b", "c", "a"], made);
        Assert.Equal(2, cache.Count);
    }
}
