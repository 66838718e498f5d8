using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using PlanReports.Store.Schema;

namespace PlanReports.Import;

/// <summary>
/// Checks every source row against the schema before the database sees it, so each error names the file,
/// line, column and rule: header columns, NOT NULL, numbers and dates, CHECK constraints, primary and unique
/// keys (within a file, across files and against the store) and foreign keys (within the import and against
/// the store), then the period columns against the planning round (<see cref="PeriodCheck"/>) and the standard a trajectory
/// measures (<see cref="StandardPositionCheck"/>). Driven by
/// <see cref="StoreSchema"/>: a new table needs no new code. Keys are read from the store
/// (<paramref name="connection"/>, either engine); CHECK constraints and defaults are evaluated by SQLite
/// (<paramref name="rules"/>: the store itself when it is SQLite).
/// </summary>
internal sealed class ImportChecker(DbConnection connection, SqliteConnection rules, StoreSchema schema, ErrorCollector errors)
{
    private readonly Dictionary<string, CheckedTable> checkedTables = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Table, string Columns), HashSet<string>> storeKeys = [];
    private readonly Dictionary<string, List<ImportScope>> replacedRows = new(StringComparer.Ordinal);

    /// <summary>
    /// Checks every source; <paramref name="checkedTable"/>, when given, is handed each table as soon as its own rows are
    /// checked (in the order they are written, parents first), before the checks across tables (foreign keys, periods,
    /// standards) that follow: a writer can write it meanwhile, inside a transaction that is rolled back if any check fails.
    /// </summary>
    public IReadOnlyList<CheckedTable> Check(IReadOnlyList<SourceTable> sources, Action<CheckedTable>? checkedTable = null)
    {
        foreach (var source in sources.Where(s => s.ReplacesRows is { Count: > 0 }))
        {
            if (!replacedRows.TryGetValue(source.Table, out var scopes))
            {
                replacedRows[source.Table] = scopes = [];
            }

            scopes.AddRange(source.ReplacesRows!);
        }

        foreach (var unknown in sources.Where(s => schema.Table(s.Table) is null))
        {
            errors.Add(new ImportError(unknown.File, null, null, "unknown-table",
                $"'{unknown.Table}' is not a store table; name a CSV file after the table it fills, e.g. organisation.csv"));
        }

        foreach (var table in schema.Tables)
        {
            var forTable = sources.Where(s => s.Table == table.Name).ToList();
            if (forTable.Count > 0 && !errors.Full)
            {
                var checkedRows = CheckTable(table, forTable);
                checkedTables[table.Name] = checkedRows;
                checkedTable?.Invoke(checkedRows);
            }
        }

        foreach (var table in checkedTables.Values)
        {
            CheckForeignKeys(table);
        }

        new PeriodCheck(connection, checkedTables, errors).Check();
        new StandardPositionCheck(connection, checkedTables, errors).Check();

        return schema.Tables.Where(t => checkedTables.ContainsKey(t.Name)).Select(t => checkedTables[t.Name]).ToList();
    }

    private CheckedTable CheckTable(TableSchema table, List<SourceTable> sources)
    {
        var replace = sources.Any(s => s.ReplacesTable);
        var defaults = table.Columns.Select(c => c.DefaultSql is null ? null : Evaluate(c.DefaultSql)).ToArray();
        var count = sources.Sum(s => s.Rows.Count);
        var keys = table.UniqueKeys.Select(k => new UniqueKeyCheck(k, Indexes(table, k.Columns), count)).ToArray();
        var parsed = table.Columns.Select(c => c.Kind == ColumnKind.Text ? null : new Dictionary<string, object?>(StringComparer.Ordinal)).ToArray();
        var rows = new List<CheckedRow>(count);
        using var checks = new CheckConstraintEvaluator(rules, table);

        foreach (var source in sources)
        {
            var positions = HeaderPositions(table, source);
            if (positions is null)
            {
                continue;
            }

            foreach (var row in source.Rows)
            {
                if (errors.Full)
                {
                    errors.Stop();
                    break;
                }

                var values = ParseRow(table, source, row, positions, defaults, parsed);
                if (values is null || !PassesChecks(table, source, row, values, checks) || !KeysAreNew(table, source, row, values, keys, replace))
                {
                    continue;
                }

                rows.Add(new CheckedRow(source.File, row.Line, values));
            }
        }

        return new CheckedTable(table, replace, rows, sources.Select(s => s.File).Distinct().ToList(), replacedRows.GetValueOrDefault(table.Name));
    }

    /// <summary>Schema index of each source column, or null when the header is unusable.</summary>
    private int[]? HeaderPositions(TableSchema table, SourceTable source)
    {
        var ok = true;
        var positions = new int[source.Columns.Count];
        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < source.Columns.Count; i++)
        {
            var name = source.Columns[i];
            var column = table.Columns.Select((c, index) => (c, index)).FirstOrDefault(x => x.c.Name == name);
            if (column.c is null)
            {
                errors.Add(new ImportError(source.File, source.HeaderLine, name, "unknown-column",
                    $"'{name}' is not a column of {table.Name} (columns: {string.Join(", ", table.Columns.Select(c => c.Name))})"));
                ok = false;
            }
            else if (!present.Add(name))
            {
                errors.Add(new ImportError(source.File, source.HeaderLine, name, "duplicate-column", $"'{name}' appears twice in the header"));
                ok = false;
            }
            else
            {
                positions[i] = column.index;
            }
        }

        foreach (var missing in table.Columns.Where(c => c.Required && !present.Contains(c.Name)))
        {
            errors.Add(new ImportError(source.File, source.HeaderLine, missing.Name, "missing-column",
                $"{table.Name} requires column '{missing.Name}' (NOT NULL, no default) but the header lacks it"));
            ok = false;
        }

        return ok ? positions : null;
    }

    /// <param name="parsed">Per column, the value each distinct text parsed to (null for text columns, which keep the text):
    /// most cells repeat (periods, codes, dates), so each is parsed and boxed once.</param>
    private object?[]? ParseRow(TableSchema table, SourceTable source, SourceRow row, int[] positions, object?[] defaults, Dictionary<string, object?>?[] parsed)
    {
        var values = (object?[])defaults.Clone();
        var ok = true;
        for (var i = 0; i < positions.Length; i++)
        {
            var column = table.Columns[positions[i]];
            var cell = row.Cells[i];
            if (cell is null)
            {
                if (column.Required)
                {
                    errors.Add(new ImportError(source.File, row.Line, column.Name, "not-null", $"{table.Name}.{column.Name} must have a value"));
                    ok = false;
                }
                else if (column.DefaultSql is null)
                {
                    values[positions[i]] = null;
                }

                continue;
            }

            // A text column keeps the text as it is (CellParser's own answer for text).
            if (parsed[positions[i]] is not { } known)
            {
                values[positions[i]] = cell;
            }
            else if (known.TryGetValue(cell, out var seenValue))
            {
                values[positions[i]] = seenValue;
            }
            else if (CellParser.TryParse(column, cell, out var value, out var failure))
            {
                values[positions[i]] = value;
                known[cell] = value;
            }
            else
            {
                errors.Add(new ImportError(source.File, row.Line, column.Name, failure.Rule, failure.Message));
                ok = false;
            }
        }

        return ok ? values : null;
    }

    private bool PassesChecks(TableSchema table, SourceTable source, SourceRow row, object?[] values, CheckConstraintEvaluator checks)
    {
        var broken = checks.Broken(values);
        foreach (var check in broken)
        {
            var shown = check.Columns.Select(c => $"{c} = {Show(values[IndexOf(table, c)])}");
            errors.Add(new ImportError(source.File, row.Line, string.Join(", ", check.Columns), check.Name,
                $"{string.Join(", ", shown)} breaks CHECK ({check.Expression})"));
        }

        return broken.Count == 0;
    }

    private bool KeysAreNew(TableSchema table, SourceTable source, SourceRow row, object?[] values, UniqueKeyCheck[] keys, bool replace)
    {
        var ok = true;
        foreach (var check in keys)
        {
            var key = check.Key;
            var text = KeyText.Of(values, check.Indexes);
            if (text is null)
            {
                continue;
            }

            // One lookup adds the key where it is new; a key found in the store is taken out again (the row is rejected).
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(check.Seen, text, out var given);
            if (given)
            {
                var columns = string.Join(", ", key.Columns);
                var where = errors.CellOf(first.File, first.Line) is { } cell ? cell
                    : first.File == source.File ? $"line {first.Line}" : $"{first.File}:{first.Line}";
                errors.Add(new ImportError(source.File, row.Line, columns, key.Rule,
                    $"{table.Name} ({columns}) = ({KeyText.Display(KeyText.At(values, check.Indexes))}) already given on {where}"));
                ok = false;
            }
            else if (!replace && (check.Store ??= StoreKeys(table.Name, key.Columns)).Contains(text))
            {
                check.Seen.Remove(text);
                var columns = string.Join(", ", key.Columns);
                errors.Add(new ImportError(source.File, row.Line, columns, key.Rule,
                    $"{table.Name} ({columns}) = ({KeyText.Display(KeyText.At(values, check.Indexes))}) is already in the store"));
                ok = false;
            }
            else
            {
                first = (source.File, row.Line);
            }
        }

        return ok;
    }

    private void CheckForeignKeys(CheckedTable table)
    {
        foreach (var foreignKey in table.Schema.ForeignKeys)
        {
            var targets = TargetKeys(foreignKey);
            var columns = string.Join(", ", foreignKey.Columns);
            var indexes = Indexes(table.Schema, foreignKey.Columns);
            foreach (var row in table.Rows)
            {
                if (errors.Full)
                {
                    errors.Stop();
                    return;
                }

                var text = KeyText.Of(row.Values, indexes);
                if (text is not null && !targets.Contains(text))
                {
                    errors.Add(new ImportError(row.File, row.Line, columns, "foreign-key",
                        $"{KeyText.Display(KeyText.At(row.Values, indexes))} is not a known {foreignKey.Table} ({string.Join(", ", foreignKey.TargetColumns)}) in this import or the store"));
                }
            }
        }
    }

    /// <summary>Keys a foreign key may point at: rows of this import plus the store's (unless the import replaces that table).</summary>
    private HashSet<string> TargetKeys(ForeignKeySchema foreignKey)
    {
        var target = schema.Table(foreignKey.Table);
        var imported = target is null ? null : checkedTables.GetValueOrDefault(foreignKey.Table);
        var keys = new HashSet<string>(imported?.Rows.Count ?? 0, StringComparer.Ordinal);
        if (target is null)
        {
            return keys;
        }

        if (imported is not null)
        {
            var indexes = Indexes(target, foreignKey.TargetColumns);
            foreach (var row in imported.Rows)
            {
                if (KeyText.Of(row.Values, indexes) is { } text)
                {
                    keys.Add(text);
                }
            }

            if (imported.Replace)
            {
                return keys;
            }
        }

        keys.UnionWith(StoreKeys(foreignKey.Table, foreignKey.TargetColumns));
        return keys;
    }

    private HashSet<string> StoreKeys(string table, IReadOnlyList<string> columns)
    {
        var id = (table, string.Join(',', columns));
        if (storeKeys.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(StoreSchema.Quote))} FROM {StoreSchema.Quote(table)}";
        if (replacedRows.TryGetValue(table, out var scopes))
        {
            // Rows the import deletes before writing are not in the store it writes into.
            command.CommandText += " WHERE NOT (" + string.Join(" OR ", scopes.Select((s, i) => s.Sql(command, i))) + ")";
        }

        using var reader = command.ExecuteReader();
        var values = new object?[columns.Count];
        while (reader.Read())
        {
            reader.GetValues(values!);
            if (KeyText.Of(values) is { } text)
            {
                keys.Add(text);
            }
        }

        storeKeys[id] = keys;
        return keys;
    }

    private object? Evaluate(string sql)
    {
        using var command = rules.CreateCommand();
        command.CommandText = $"SELECT {sql}";
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static int[] Indexes(TableSchema table, IReadOnlyList<string> columns) => columns.Select(c => IndexOf(table, c)).ToArray();

    private static int IndexOf(TableSchema table, string column)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Schema of {table.Name} has no column {column}.");
    }

    /// <summary>
    /// One unique key of a table being checked: the keys this import gave so far with where each was first given,
    /// and the store's keys (read when first needed; the same set <see cref="StoreKeys"/> keeps).
    /// </summary>
    private sealed class UniqueKeyCheck(UniqueKeySchema key, int[] indexes, int rows)
    {
        public UniqueKeySchema Key { get; } = key;

        public int[] Indexes { get; } = indexes;

        public Dictionary<string, (string File, int? Line)> Seen { get; } = new(rows, StringComparer.Ordinal);

        public HashSet<string>? Store { get; set; }
    }

    private static string Show(object? value) => value is null ? "NULL" : $"'{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}'";
}
