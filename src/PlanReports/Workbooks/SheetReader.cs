using System.Globalization;
using PlanReports.Import;

namespace PlanReports.Workbooks;

/// <summary>
/// Reads one sheet's table: checks the header, turns each row with any input into store rows (one per filled
/// period on the trajectory sheet), checks every input cell against its rule, and records where each row came
/// from so errors can name the cell. A cell that breaks its rule is reported and its row kept with the text as
/// typed, so the store's rules still check the rest of the workbook in the same pass (one error per cell).
/// </summary>
internal sealed class SheetReader(
    string file,
    WorkbookLayout layout,
    WorkbookSheet sheet,
    SheetCells cells,
    List<ImportError> cellErrors,
    int lineBase,
    int rowStride,
    Dictionary<int, (string Sheet, int Row, IReadOnlyDictionary<string, int> Columns)> places)
{
    public SourceTable? Read()
    {
        if (!HeaderIsIntact())
        {
            return null;
        }

        var pivot = sheet.PeriodColumn is not null;
        var readColumns = sheet.Columns.Select((c, i) => (c, i)).Where(x => x.c.IsRead && x.c.Role != ColumnRole.Period).ToList();
        var columns = readColumns.Select(x => x.c.StoreColumn!).ToList();
        if (pivot)
        {
            columns.Add(sheet.PeriodColumn!);
            columns.Add(sheet.ValueColumn!);
        }

        columns.AddRange(sheet.Fixed.Select(f => f.Key));

        var rows = new List<SourceRow>();
        var scopeValues = new SortedSet<string>(StringComparer.Ordinal);
        var scopeFromSheet = sheet.ScopeColumns.FirstOrDefault(c => sheet.Fixed.All(f => f.Key != c));
        for (var row = WorkbookSheet.HeaderRow + 1; row <= sheet.LastRow; row++)
        {
            if (scopeFromSheet is not null && KeyText(row, scopeFromSheet) is { } scoped)
            {
                scopeValues.Add(scoped);
            }

            var inputs = sheet.Columns.Select((c, i) => (c, i)).Where(x => x.c.IsInput && cells.At(x.i, row) is not null).ToList();
            if (inputs.Count == 0)
            {
                continue;
            }

            var keys = new List<string?>();
            var at = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (column, index) in readColumns)
            {
                keys.Add(Cell(row, index));
                at[column.StoreColumn!] = index;
            }

            if (!pivot)
            {
                rows.Add(Place(row, 0, at, [.. keys, .. sheet.Fixed.Select(f => f.Value)]));
                continue;
            }

            foreach (var (column, index) in inputs.Where(x => x.c.Role == ColumnRole.Period))
            {
                var value = Cell(row, index);
                var periodAt = new Dictionary<string, int>(at, StringComparer.Ordinal) { [sheet.PeriodColumn!] = index, [sheet.ValueColumn!] = index };
                rows.Add(Place(row, index + 1, periodAt, [.. keys, column.Period, value, .. sheet.Fixed.Select(f => f.Value)]));
            }
        }

        return new SourceTable(sheet.Table!, file, null, columns, rows, ReplacesTable: false, Scopes(scopeFromSheet, scopeValues));
    }

    private List<ImportScope> Scopes(string? fromSheet, SortedSet<string> values)
    {
        if (fromSheet is null)
        {
            return [new ImportScope(sheet.ScopeColumns.Select(c => sheet.Fixed.First(f => f.Key == c)).ToList())];
        }

        return values.Select(v => new ImportScope(sheet.ScopeColumns
            .Select(c => c == fromSheet ? new KeyValuePair<string, string>(c, v) : sheet.Fixed.First(f => f.Key == c)).ToList())).ToList();
    }

    private string? KeyText(int row, string storeColumn)
    {
        var index = sheet.Columns.ToList().FindIndex(c => c.StoreColumn == storeColumn);
        return index < 0 ? null : cells.At(index, row)?.Text.Trim();
    }

    private SourceRow Place(int row, int sub, Dictionary<string, int> columns, string?[] values)
    {
        var line = lineBase + (row * rowStride) + sub;
        places[line] = (sheet.Name, row, columns);
        return new SourceRow(line, values);
    }

    private bool HeaderIsIntact()
    {
        var ok = true;
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var found = cells.At(c, WorkbookSheet.HeaderRow)?.Text;
            if (found != sheet.Columns[c].Header)
            {
                Error(WorkbookSheet.HeaderRow, c, "header", $"expected the heading '{sheet.Columns[c].Header}', found '{found}'; do not change the columns");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>One cell as store text, checked against its rule; null when empty.</summary>
    private string? Cell(int row, int column)
    {
        var cell = cells.At(column, row);
        if (cell is null)
        {
            return null;
        }

        var rule = sheet.RuleFor(column, i => cells.At(i, row)?.Text);
        var text = cell.Text.Trim();
        switch (rule.Kind)
        {
            case CellRuleKind.List:
                var list = layout.Lists.First(l => l.Name == rule.List);
                if (list.Values.Contains(text, StringComparer.Ordinal))
                {
                    return text;
                }

                var shown = list.Values.Count <= 8 ? $": {string.Join(", ", list.Values)}" : $" ({list.Values.Count} values, on the {WorkbookLayout.ListsSheet} sheet)";
                return Fail(row, column, "list", $"'{text}' is not in the {list.Heading.ToLowerInvariant()} list{shown}");
            case CellRuleKind.Number or CellRuleKind.WholeNumber:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    return Fail(row, column, "not-a-number", $"'{text}' is not a number");
                }

                if (rule.Kind == CellRuleKind.WholeNumber && number != Math.Floor(number))
                {
                    return Fail(row, column, "not-an-integer", $"'{text}' is not a whole number");
                }

                if (number < rule.Min || number > rule.Max)
                {
                    return Fail(row, column, "range", string.Create(CultureInfo.InvariantCulture, $"{number} is outside the range {rule.Min} to {rule.Max}"));
                }

                return rule.Kind == CellRuleKind.WholeNumber
                    ? ((long)number).ToString(CultureInfo.InvariantCulture)
                    : number.ToString("R", CultureInfo.InvariantCulture);
            case CellRuleKind.Date:
                DateOnly date;
                if (cell.IsNumber && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial == Math.Floor(serial) && serial is > 0 and < 2958466)
                {
                    date = SheetRows.FromSerial((int)serial);
                }
                else if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                {
                    return Fail(row, column, "not-a-date", $"'{text}' is not a date; enter a date such as {layout.RoundStarts.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                }

                var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (date < layout.RoundStarts || date > layout.RoundEnds)
                {
                    return Fail(row, column, "date-in-round",
                        $"{iso} is outside the round, {layout.RoundStarts.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {layout.RoundEnds.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                }

                return iso;
            default:
                // Text is kept as typed; a number typed into a text column keeps its invariant form.
                return cell.Text;
        }
    }

    /// <summary>Reports the cell and gives back its text as typed.</summary>
    private string? Fail(int row, int column, string rule, string message)
    {
        Error(row, column, rule, message);
        return cells.At(column, row)?.Text.Trim();
    }

    private void Error(int row, int column, string rule, string message) =>
        cellErrors.Add(new ImportError(file, lineBase + (row * rowStride), sheet.Columns[column].StoreColumn ?? sheet.Columns[column].Header, rule, message,
            $"{CellAddress.Sheet(sheet.Name)}!{CellAddress.Of(column, row)}"));
}
