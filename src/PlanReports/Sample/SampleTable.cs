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
        rows.Add(values.Select(Format).ToArray());
    }

    public int ColumnIndex(string column)
    {
        var index = Columns.ToList().IndexOf(column);
        return index >= 0 ? index : throw new ArgumentException($"table {Name} has no column {column}", nameof(column));
    }

    public string ToCsv()
    {
        var sorted = rows.ToList();
        sorted.Sort(CompareByKey);
        var text = new StringBuilder();
        AppendLine(text, Columns);
        foreach (var row in sorted)
        {
            AppendLine(text, row);
        }
        return text.ToString();
    }

    private int CompareByKey(string?[] a, string?[] b)
    {
        for (var i = 0; i < keyColumnCount; i++)
        {
            var result = CompareCells(a[i], b[i]);
            if (result != 0)
            {
                return result;
            }
        }
        return 0;
    }

    // Whole numbers compare as numbers (position 10 after 9), everything else ordinally.
    private static int CompareCells(string? a, string? b)
    {
        if (long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var x)
            && long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return x.CompareTo(y);
        }
        return string.CompareOrdinal(a, b);
    }

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
