using System.Globalization;
using Microsoft.Data.Sqlite;
using PlanReports.Store.Schema;

namespace PlanReports.Import;

/// <summary>
/// Evaluates a table's CHECK constraints on a candidate row by asking SQLite itself, so the importer applies
/// exactly the rules the schema states (value sets, ranges, formats) and can name the one a value breaks.
/// A CHECK fails only when its expression is false; NULL passes, as in SQLite. Only the columns the checks name
/// decide the answer, and those repeat (a status, a month), so each distinct combination is asked once (looked up
/// by the values themselves: no text is built per row).
/// </summary>
internal sealed class CheckConstraintEvaluator : IDisposable
{
    private readonly TableSchema table;
    private readonly SqliteCommand? command;
    private readonly int[] checkedColumns = [];
    private readonly Dictionary<object?[], IReadOnlyList<CheckConstraintSchema>> answers = new(SameValues.Instance);
    private object?[] probe = [];

    public CheckConstraintEvaluator(SqliteConnection connection, TableSchema table)
    {
        this.table = table;
        if (table.Checks.Count == 0)
        {
            return;
        }

        var named = table.Checks.SelectMany(c => c.Columns).ToHashSet(StringComparer.Ordinal);
        checkedColumns = table.Columns.Select((c, i) => (c.Name, i)).Where(c => named.Contains(c.Name)).Select(c => c.i).ToArray();
        probe = new object?[checkedColumns.Length];
        var tests = string.Join(", ", table.Checks.Select(c => $"(({c.Expression}) IS NOT 0)"));
        var columns = string.Join(", ", table.Columns.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"$p{i} AS {StoreSchema.Quote(c.Name)}")));
        command = connection.CreateCommand();
        command.CommandText = $"SELECT {tests} FROM (SELECT {columns})";
        for (var i = 0; i < table.Columns.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"$p{i}"), null));
        }
    }

    /// <summary>The constraints the row breaks (empty when it satisfies all).</summary>
    public IReadOnlyList<CheckConstraintSchema> Broken(object?[] values)
    {
        if (command is null)
        {
            return [];
        }

        // A check that names no column (CheckConstraintParser finds every column it reads) would make this key
        // empty for every row; then every row is asked, which is still correct.
        var remember = checkedColumns.Length > 0;
        if (remember)
        {
            for (var i = 0; i < checkedColumns.Length; i++)
            {
                probe[i] = values[checkedColumns[i]];
            }

            if (answers.TryGetValue(probe, out var known))
            {
                return known;
            }
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        using var reader = command.ExecuteReader();
        reader.Read();
        var broken = new List<CheckConstraintSchema>();
        for (var i = 0; i < table.Checks.Count; i++)
        {
            if (reader.GetInt64(i) == 0)
            {
                broken.Add(table.Checks[i]);
            }
        }

        if (remember)
        {
            answers[(object?[])probe.Clone()] = broken;
        }

        return broken;
    }

    public void Dispose() => command?.Dispose();

    /// <summary>
    /// Two rows' checked values are the same when each pair is of one type and equal: a whole number and a float
    /// are told apart as SQLite's typeof() would, and floats compare by their bits (so -0.0 is not 0.0).
    /// </summary>
    private sealed class SameValues : IEqualityComparer<object?[]>
    {
        public static readonly SameValues Instance = new();

        public bool Equals(object?[]? x, object?[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return ReferenceEquals(x, y);
            }

            for (var i = 0; i < x.Length; i++)
            {
                var same = (x[i], y[i]) switch
                {
                    (null, null) => true,
                    (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b),
                    (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
                    ({ } a, { } b) => a.GetType() == b.GetType() && a.Equals(b),
                    _ => false,
                };
                if (!same)
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(object?[] values)
        {
            var hash = default(HashCode);
            foreach (var value in values)
            {
                hash.Add(value switch
                {
                    null => 0,
                    double number => BitConverter.DoubleToInt64Bits(number).GetHashCode(),
                    string text => StringComparer.Ordinal.GetHashCode(text),
                    _ => value.GetHashCode(),
                });
            }

            return hash.ToHashCode();
        }
    }
}
