using System.Data.Common;
using System.Globalization;

namespace PlanReports.Import;

/// <summary>
/// Checks the period columns against the periods the planning round allows: a trajectory's period must lie within
/// the round of its submission, an actual's within an integrated-plan round, each from the rows of this import or
/// the store. A period not written in one of the <see cref="Period.Forms"/> is an error too.
/// </summary>
internal sealed class PeriodCheck(DbConnection connection, IReadOnlyDictionary<string, CheckedTable> tables, ErrorCollector errors)
{
    private sealed record Round(string Code, string Kind, DateOnly Start, DateOnly End)
    {
        public override string ToString() => $"round {Code} ({Start:yyyy-MM-dd} to {End:yyyy-MM-dd})";
    }

    public void Check()
    {
        if (!tables.ContainsKey("trajectory") && !tables.ContainsKey("actual"))
        {
            return;
        }

        var rounds = Rows("planning_round", ["code", "kind", "starts_on", "ends_on"])
            .Select(r => new Round(r[0]!, r[1]!, DateOnly.ParseExact(r[2]!, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(r[3]!, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var submissions = Rows("submission", ["code", "round_code"])
            .GroupBy(r => r[0]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last()[1]!, StringComparer.Ordinal);

        // Each submission's round is looked up once, not once per row.
        var roundOf = submissions.ToDictionary(
            s => s.Key, s => rounds.TryGetValue(s.Value, out var round) ? new[] { round } : [], StringComparer.Ordinal);
        var submissionIndex = tables.ContainsKey("trajectory") ? IndexOf("trajectory", "submission_code") : -1;
        CheckTable("trajectory", row => roundOf.TryGetValue((string)row[submissionIndex]!, out var within) ? within : []);
        var integrated = rounds.Values.Where(r => r.Kind == "integrated-plan").OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        CheckTable("actual", _ => integrated);
    }

    // The rounds a row's period may fall in come from the row. A row whose submission is unknown has already
    // failed its foreign key and is not reported twice.
    private void CheckTable(string name, Func<object?[], IReadOnlyList<Round>> roundsOf)
    {
        if (!tables.TryGetValue(name, out var table))
        {
            return;
        }

        var periodIndex = IndexOf(name, "period");
        // A few dozen distinct periods across many thousand rows: each is parsed once.
        var parsed = new Dictionary<string, Period?>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (errors.Full)
            {
                errors.Stop();
                return;
            }

            var text = (string)row.Values[periodIndex]!;
            if (!parsed.TryGetValue(text, out var known))
            {
                parsed[text] = known = Period.Parse(text);
            }

            if (known is not { } period)
            {
                errors.Add(new ImportError(row.File, row.Line, "period", "period-format", $"'{text}' is not a period; write {Period.Forms}"));
                continue;
            }

            var rounds = roundsOf(row.Values);
            if (rounds.Count > 0 && !WithinAny(period, rounds))
            {
                errors.Add(new ImportError(row.File, row.Line, "period", "period-in-round",
                    $"'{text}' ({period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}) is outside {string.Join(" and ", rounds)}"));
            }
        }
    }

    private static bool WithinAny(Period period, IReadOnlyList<Round> rounds)
    {
        foreach (var round in rounds)
        {
            if (period.Within(round.Start, round.End))
            {
                return true;
            }
        }

        return false;
    }

    private int IndexOf(string table, string column) =>
        tables[table].Schema.Columns.Select((c, i) => (c, i)).First(x => x.c.Name == column).i;

    // The table's rows from the store, then from this import (an import that replaces the table drops the store's).
    private List<string?[]> Rows(string name, string[] columns)
    {
        var rows = new List<string?[]>();
        var imported = tables.GetValueOrDefault(name);
        if (imported is not { Replace: true })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns)} FROM {name}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(columns.Select((_, i) => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).ToArray());
            }
        }

        if (imported is not null)
        {
            var indexes = columns.Select(c => imported.Schema.Columns.Select((column, i) => (column, i)).First(x => x.column.Name == c).i).ToArray();
            rows.AddRange(imported.Rows.Select(r => indexes.Select(i => Convert.ToString(r.Values[i], CultureInfo.InvariantCulture)).ToArray()));
        }

        return rows;
    }
}
