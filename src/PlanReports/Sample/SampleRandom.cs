namespace PlanReports.Sample;

/// <summary>
/// A small SplitMix64 generator. The sample must be byte-identical for the same seed on every .NET version,
/// and System.Random's algorithm is not a documented contract, so the generator carries its own.
/// Streams are derived from the seed and a key, so one organisation's draws never shift another's.
/// </summary>
internal sealed class SampleRandom
{
    private ulong state;

    private SampleRandom(ulong state) => this.state = state;

    /// <summary>A stream for one purpose, e.g. ("trajectory", pctCode, indicatorCode).</summary>
    public static SampleRandom For(ulong seed, params string[] keys)
    {
        // FNV-1a over the keys, then mixed with the seed, so streams are independent and stable.
        ulong hash = 14695981039346656037UL;
        foreach (var key in keys)
        {
            foreach (var ch in key)
            {
                hash ^= ch;
                hash *= 1099511628211UL;
            }
            hash ^= 0x1F;
            hash *= 1099511628211UL;
        }
        return new SampleRandom(Mix(seed ^ Mix(hash)));
    }

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>0 ≤ result &lt; maxExclusive.</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "must be positive");
        }
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>min ≤ result ≤ maxInclusive.</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>0 ≤ result &lt; 1, with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double Between(double min, double max) => min + (NextDouble() * (max - min));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Distinct items in a stable random order (a partial Fisher–Yates shuffle).</summary>
    public IReadOnlyList<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToArray();
        var take = Math.Min(count, pool.Length);
        for (var i = 0; i < take; i++)
        {
            var j = i + Next(pool.Length - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool[..take];
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
