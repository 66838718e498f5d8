using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanReports.Workbooks;

/// <summary>
/// Gathers the cells each rule applies to and writes one data validation per rule, its cells as ranges of
/// adjacent cells in a row (so a trajectory row's months and a percentage row's narrower bound stay apart).
/// </summary>
internal sealed class ValidationRanges
{
    private readonly List<(CellRule Rule, SortedDictionary<int, SortedSet<int>> Cells)> byRule = [];

    public void Add(CellRule rule, int column, int row)
    {
        var entry = byRule.FirstOrDefault(e => e.Rule == rule);
        if (entry.Cells is null)
        {
            entry = (rule, new SortedDictionary<int, SortedSet<int>>());
            byRule.Add(entry);
        }

        if (!entry.Cells.TryGetValue(row, out var columns))
        {
            entry.Cells[row] = columns = [];
        }

        columns.Add(column);
    }

    public DataValidations? Build(WorkbookLayout layout)
    {
        if (byRule.Count == 0)
        {
            return null;
        }

        var validations = new DataValidations();
        foreach (var (rule, cells) in byRule)
        {
            var validation = Validation(rule, layout);
            validation.SequenceOfReferences = new ListValue<StringValue> { InnerText = string.Join(' ', Ranges(cells)) };
            validations.Append(validation);
        }

        validations.Count = (uint)validations.ChildElements.Count;
        return validations;
    }

    private static IEnumerable<string> Ranges(SortedDictionary<int, SortedSet<int>> cells)
    {
        // Rows with the same columns merge into one block: A5:A40 rather than 36 single cells.
        var runs = new List<(int First, int Last, int FromRow, int ToRow)>();
        foreach (var (row, columns) in cells)
        {
            foreach (var (first, last) in Runs(columns))
            {
                var open = runs.FindIndex(r => r.First == first && r.Last == last && r.ToRow == row - 1);
                if (open >= 0)
                {
                    runs[open] = runs[open] with { ToRow = row };
                }
                else
                {
                    runs.Add((first, last, row, row));
                }
            }
        }

        return runs.Select(r => r.First == r.Last && r.FromRow == r.ToRow
            ? CellAddress.Of(r.First, r.FromRow)
            : $"{CellAddress.Of(r.First, r.FromRow)}:{CellAddress.Of(r.Last, r.ToRow)}");
    }

    private static IEnumerable<(int First, int Last)> Runs(SortedSet<int> columns)
    {
        int? first = null;
        var last = -2;
        foreach (var c in columns)
        {
            if (first is not null && c != last + 1)
            {
                yield return (first.Value, last);
                first = null;
            }

            first ??= c;
            last = c;
        }

        if (first is not null)
        {
            yield return (first.Value, last);
        }
    }

    private static DataValidation Validation(CellRule rule, WorkbookLayout layout)
    {
        var validation = new DataValidation { AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "Not allowed here" };
        switch (rule.Kind)
        {
            case CellRuleKind.List:
                var list = layout.Lists.First(l => l.Name == rule.List);
                validation.Type = DataValidationValues.List;
                validation.Error = $"Choose a {list.Heading.ToLowerInvariant()} from the list.";
                validation.Append(new Formula1(rule.List!));
                break;
            case CellRuleKind.Date:
                validation.Type = DataValidationValues.Date;
                validation.Operator = DataValidationOperatorValues.Between;
                validation.Error = $"Enter a date from {layout.RoundStarts.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {layout.RoundEnds.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, the planning round.";
                validation.Append(new Formula1(SheetRows.Serial(layout.RoundStarts).ToString(CultureInfo.InvariantCulture)));
                validation.Append(new Formula2(SheetRows.Serial(layout.RoundEnds).ToString(CultureInfo.InvariantCulture)));
                break;
            default:
                validation.Type = rule.Kind == CellRuleKind.WholeNumber ? DataValidationValues.Whole : DataValidationValues.Decimal;
                validation.Operator = DataValidationOperatorValues.Between;
                validation.Error = $"Enter a {(rule.Kind == CellRuleKind.WholeNumber ? "whole number" : "number")} from {Bound(rule.Min)} to {Bound(rule.Max)}.";
                validation.Append(new Formula1(Bound(rule.Min)));
                validation.Append(new Formula2(Bound(rule.Max)));
                break;
        }

        return validation;
    }

    private static string Bound(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
