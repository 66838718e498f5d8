using System.Globalization;
using Microsoft.Data.Sqlite;
using PlanReports.Store.Schema;

namespace PlanReports.Import;

/// <summary>
/// Evaluates a table's CHECK constraints on a candidate row by asking SQLite itself, so the importer applies
/// exactly the rules the schema states (value sets, ranges, formats) and can name the one a value breaks.
/// A CHECK fails only when its expression is false; NULL passes, as in SQLite. Only the columns the checks name
/// decide the answer, and those repeat (a status, a month), so each distinct combination is asked once.
/// </summary>
internal sealed class CheckConstraintEvaluator : IDisposable
{
    private readonly TableSchema table;
    private readonly SqliteCommand? command;
    private readonly int[] checkedColumns = [];
    private readonly Dictionary<string, IReadOnlyList<CheckConstraintSchema>> answers = new(StringComparer.Ordinal);

    public CheckConstraintEvaluator(SqliteConnection connection, TableSchema table)
    {
        this.table = table;
        if (table.Checks.Count == 0)
        {
            return;
        }

        var named = table.Checks.SelectMany(c => c.Columns).ToHashSet(StringComparer.Ordinal);
        checkedColumns = table.Columns.Select((c, i) => (c.Name, i)).Where(c => named.Contains(c.Name)).Select(c => c.i).ToArray();
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
        var key = checkedColumns.Length == 0 ? null : KeyText.Of(checkedColumns.Select(i => values[i] is null ? "\u0000NULL" : (object)(values[i]!.GetType().Name + ":" + Convert.ToString(values[i], CultureInfo.InvariantCulture))));
        if (key is not null && answers.TryGetValue(key, out var known))
        {
            return known;
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

        if (key is not null)
        {
            answers[key] = broken;
        }

        return broken;
    }

    public void Dispose() => command?.Dispose();
}
