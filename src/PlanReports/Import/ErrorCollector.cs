namespace PlanReports.Import;

/// <summary>Collects import errors up to a limit, so a badly broken file yields a readable list, not thousands of lines.</summary>
internal sealed class ErrorCollector(int limit)
{
    private readonly List<ImportError> errors = [];

    public bool Full => errors.Count >= limit;

    public bool Truncated { get; private set; }

    public int Count => errors.Count;

    /// <summary>Checking stops early because the limit is reached: more errors may exist.</summary>
    public void Stop() => Truncated = true;

    public void Add(ImportError error)
    {
        if (Full)
        {
            Truncated = true;
            return;
        }

        errors.Add(error);
    }

    public void AddRange(IEnumerable<ImportError> more)
    {
        foreach (var error in more)
        {
            Add(error);
        }
    }

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            var ordered = errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line ?? 0).ToList();
            throw new ImportRejectedException(ordered, Truncated);
        }
    }
}
