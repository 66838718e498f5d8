namespace PlanReports.Import;

/// <summary>Collects import errors up to a limit, so a badly broken file yields a readable list, not thousands of lines.</summary>
internal sealed class ErrorCollector(int limit)
{
    private readonly List<ImportError> errors = [];
    private readonly Dictionary<string, Func<int, string?, string?>> cellLocators = new(StringComparer.Ordinal);

    public bool Full => errors.Count >= limit;

    public bool Truncated { get; private set; }

    public int Count => errors.Count;

    /// <summary>Checking stops early because the limit is reached: more errors may exist.</summary>
    public void Stop() => Truncated = true;

    /// <summary>
    /// Names cells for a workbook's errors: the checker reports a row and a column, the locator turns them into
    /// <c>Sheet!C12</c>, so checker errors about a workbook point at the cell to correct.
    /// </summary>
    public void LocateCells(string file, Func<int, string?, string?> locator) => cellLocators[file] = locator;

    /// <summary>The row's place in a workbook (<c>Schemes!5:5</c>), or null for a text file.</summary>
    public string? CellOf(string file, int? line) =>
        line is { } l && cellLocators.TryGetValue(file, out var locate) ? locate(l, null) : null;

    public void Add(ImportError error)
    {
        if (Full)
        {
            Truncated = true;
            return;
        }

        if (error.Cell is null && error.Line is { } line && cellLocators.TryGetValue(error.File, out var locate)
            && locate(line, error.Column) is { } cell)
        {
            error = error with { Cell = cell };
        }

        // One error per workbook cell: the first (the cell's own rule) says what to correct.
        if (error.Cell is not null && errors.Any(e => e.Cell == error.Cell && e.File == error.File))
        {
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

    /// <summary>
    /// Adds what <paramref name="other"/> (one file's collector, filled on another thread with the same limit) holds, as
    /// if its errors had been added here one by one: the same ones fit under the limit, and a cut there is a cut here.
    /// </summary>
    public void AddFrom(ErrorCollector other)
    {
        AddRange(other.errors);
        if (other.Truncated)
        {
            Truncated = true;
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
