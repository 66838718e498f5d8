namespace PlanReports.Batch;

/// <summary>The known values closest to one a user typed, by edit distance, for "did you mean" messages.</summary>
internal static class NearestNames
{
    /// <summary>Up to <paramref name="count"/> of <paramref name="known"/> nearest to <paramref name="typed"/> (ignoring case), nearest first, ties in ordinal order.</summary>
    public static IReadOnlyList<string> Find(string typed, IEnumerable<string> known, int count = 3) =>
        known.Distinct(StringComparer.Ordinal)
            .Select(k => (Name: k, Distance: Distance(typed.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Name)
            .ToList();

    /// <summary>"nearest: a, b, c", or a note that there is nothing to choose from.</summary>
    public static string Describe(string typed, IEnumerable<string> known)
    {
        var nearest = Find(typed, known);
        return nearest.Count == 0 ? "there are none to choose from" : "nearest: " + string.Join(", ", nearest);
    }

    // Levenshtein distance with two rows.
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
