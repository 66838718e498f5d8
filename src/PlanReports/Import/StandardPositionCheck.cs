using System.Data.Common;
using System.Globalization;

namespace PlanReports.Import;

/// <summary>
/// Checks the national standard a trajectory or actual measures (migration 0008): where its indicator has
/// standards in <c>indicator_standard</c>, <c>standard_position</c> must be one of theirs; an indicator without a
/// standard has one measure, position 1. No foreign key can say this (it would fail the indicators without a
/// standard), so it is checked here, against the standards of this import and the store.
/// </summary>
internal sealed class StandardPositionCheck(DbConnection connection, IReadOnlyDictionary<string, CheckedTable> tables, ErrorCollector errors)
{
    public void Check()
    {
        if (!tables.ContainsKey("trajectory") && !tables.ContainsKey("actual"))
        {
            return;
        }

        var standards = Standards();
        CheckTable("trajectory", standards);
        CheckTable("actual", standards);
    }

    private void CheckTable(string name, Dictionary<string, SortedSet<long>> standards)
    {
        if (!tables.TryGetValue(name, out var table))
        {
            return;
        }

        var indicatorIndex = IndexOf(table, "indicator_code");
        var positionIndex = IndexOf(table, "standard_position");
        foreach (var row in table.Rows)
        {
            if (errors.Full)
            {
                errors.Stop();
                return;
            }

            var indicator = (string)row.Values[indicatorIndex]!;
            var position = Convert.ToInt64(row.Values[positionIndex], CultureInfo.InvariantCulture);
            if (standards.TryGetValue(indicator, out var positions))
            {
                if (!positions.Contains(position))
                {
                    errors.Add(new ImportError(row.File, row.Line, "standard_position", "standard-position",
                        string.Create(CultureInfo.InvariantCulture,
                            $"{position} is not a national standard of indicator {indicator}; its standards are positions {string.Join(", ", positions)} in indicator_standard")));
                }
            }
            else if (position != 1)
            {
                errors.Add(new ImportError(row.File, row.Line, "standard_position", "standard-position",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{position} is not valid: indicator {indicator} has no national standard in indicator_standard, so its one measure is position 1")));
            }
        }
    }

    // The standards' positions by indicator: the store's, then this import's (an import that replaces the table drops the store's).
    private Dictionary<string, SortedSet<long>> Standards()
    {
        var positions = new Dictionary<string, SortedSet<long>>(StringComparer.Ordinal);
        void Add(string indicator, long position)
        {
            if (!positions.TryGetValue(indicator, out var set))
            {
                positions[indicator] = set = [];
            }

            set.Add(position);
        }

        var imported = tables.GetValueOrDefault("indicator_standard");
        if (imported is not { Replace: true })
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT indicator_code, position FROM indicator_standard";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Add(reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
            }
        }

        if (imported is not null)
        {
            var indicatorIndex = IndexOf(imported, "indicator_code");
            var positionIndex = IndexOf(imported, "position");
            foreach (var row in imported.Rows)
            {
                Add((string)row.Values[indicatorIndex]!, Convert.ToInt64(row.Values[positionIndex], CultureInfo.InvariantCulture));
            }
        }

        return positions;
    }

    private static int IndexOf(CheckedTable table, string column) =>
        table.Schema.Columns.Select((c, i) => (c, i)).First(x => x.c.Name == column).i;
}
