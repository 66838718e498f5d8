using System.Globalization;
using System.Text;

namespace PlanReports.Sample;

/// <summary>
/// One store table being written as CSV (data/README.md): a header of column names, RFC 4180 quoting,
/// empty cell for NULL, ISO dates, invariant numbers. Rows are sorted by the key columns on output so the
/// file does not depend on the order the generator happened to add them in.
/// </summary>
internal sealed class SampleTable(string name, IReadOnlyList<string> columns, int keyColumnCount)
{
    private readonly List<string?[]> rows = [];

    // The key cells of each row parsed once as whole numbers where they are, so sorting does not parse again.
    private readonly List<long?[]> keys = [];

    public string Name { get; } = name;

    public IReadOnlyList<string> Columns { get; } = columns;

    public int RowCount => rows.Count;

    public IEnumerable<IReadOnlyList<string?>> Rows => rows;

    public void Add(params object?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException(
                $"table {Name}: {values.Length} values for {Columns.Count} columns", nameof(values));
        }
        var cells = values.Select(Format).ToArray();
        rows.Add(cells);
        keys.Add(cells.Take(keyColumnCount).Select(ParseWhole).ToArray());
    }

    public int ColumnIndex(string column)
    {
        var index = Columns.ToList().IndexOf(column);
        return index >= 0 ? index : throw new ArgumentException($"table {Name} has no column {column}", nameof(column));
    }

    public string ToCsv()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(text);
        return text.ToString();
    }

    /// <summary>Writes the header and the sorted rows, streaming, so a large scale never holds a whole file as one string.</summary>
    public void WriteCsv(TextWriter writer)
    {
        var order = Enumerable.Range(0, rows.Count).ToArray();
        Array.Sort(order, CompareByKey);
        var line = new StringBuilder(256);
        AppendLine(line, Columns);
        writer.Write(line);
        foreach (var index in order)
        {
            line.Clear();
            AppendLine(line, rows[index]);
            writer.Write(line);
        }
    }

    // Whole numbers compare as numbers (position 10 after 9), everything else ordinally; ties keep insertion
    // order, so the output never depends on the sort algorithm.
    private int CompareByKey(int a, int b)
    {
        for (var i = 0; i < keyColumnCount; i++)
        {
            var (x, y) = (keys[a][i], keys[b][i]);
            var result = x is not null && y is not null ? x.Value.CompareTo(y.Value) : string.CompareOrdinal(rows[a][i], rows[b][i]);
            if (result != 0)
            {
                return result;
            }
        }
        return a.CompareTo(b);
    }

    private static long? ParseWhole(string? cell) =>
        long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static void AppendLine(StringBuilder text, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(',');
            }
            first = false;
            text.Append(Quote(cell ?? string.Empty));
        }
        text.Append('\n');
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double v => FormatNumber(v),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"cannot write a {value.GetType().Name} to CSV", nameof(value)),
    };

    // Three decimals at most, no exponent, no negative zero: the same text on every platform.
    private static string FormatNumber(double value)
    {
        var rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }
        return rounded.ToString("0.###", CultureInfo.InvariantCulture);
    }
}
