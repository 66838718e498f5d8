using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PlanReports.Import;
using PlanReports.Store;

namespace PlanReports.Workbooks;

/// <summary>
/// Reads a filled workbook into the same <see cref="SourceTable"/>s a CSV file gives, so the same checker, the
/// same all-or-nothing transaction and the same writer apply. The workbook names its organisation and submission;
/// the layout is rebuilt from the store to know each sheet's columns and rules. Each input cell is checked against
/// its rule (list, number range, date in the round) here; every other rule is the checker's, and its errors are
/// turned into <c>Sheet!C12</c> addresses. Each sheet replaces the organisation's rows of its table.
/// </summary>
internal static class WorkbookSource
{
    // Errors and rows are numbered sheet by sheet, row by row, so they sort in reading order.
    private const int SheetStride = 10_000_000;
    private const int RowStride = 32;

    // Where the instructions sheet names the organisation, round, submission and kind.
    private static readonly string FactsCell = $"{WorkbookLayout.InstructionsSheet}!B4:B9";

    /// <summary>
    /// The workbook's tables. Problems with the file itself go to <paramref name="errors"/>; cells that break
    /// their rule go to <paramref name="cellErrors"/>, reported together with the store's checks of the rest.
    /// </summary>
    public static IReadOnlyList<SourceTable> Read(ImportFile file, PlanStore store, ErrorCollector errors, List<ImportError> cellErrors)
    {
        var name = file.DisplayName;
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(file.Path, isEditable: false);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            errors.Add(new ImportError(name, null, null, "not-a-workbook", $"the file cannot be read as an .xlsx workbook ({exception.Message})"));
            return [];
        }

        using (document)
        {
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook is null)
            {
                errors.Add(new ImportError(name, null, null, "not-a-workbook", "the package holds no workbook"));
                return [];
            }

            var strings = SheetCells.SharedStrings(workbook);
            var organisation = NamedCell(workbook, strings, WorkbookLayout.OrganisationCell);
            var submission = NamedCell(workbook, strings, WorkbookLayout.SubmissionCell);
            var kind = NamedCell(workbook, strings, WorkbookLayout.KindCell);
            if (organisation is null || submission is null || kind is null)
            {
                errors.Add(new ImportError(name, null, null, "not-a-template",
                    $"the workbook is not a PlanReports template: the cells named {WorkbookLayout.OrganisationCell}, {WorkbookLayout.SubmissionCell} and {WorkbookLayout.KindCell} are missing or empty; start from `template --org CODE`"));
                return [];
            }

            WorkbookLayout layout;
            using (var connection = store.OpenReadOnly())
            {
                try
                {
                    var round = WorkbookRound.RoundOf(connection, submission)
                        ?? throw new WorkbookTemplateException($"submission '{submission}' is not in the store");
                    layout = WorkbookTemplates.Build(connection, organisation, round, submission);
                }
                catch (WorkbookTemplateException exception)
                {
                    errors.Add(new ImportError(name, null, null, "not-a-template", exception.Message, FactsCell));
                    return [];
                }
            }

            var expectedKind = layout.Kind == WorkbookKind.PctClusterPlan ? "pct-cluster-plan" : "bcf-plan";
            if (kind != expectedKind)
            {
                errors.Add(new ImportError(name, null, null, "not-a-template",
                    $"the workbook says it is a '{kind}' but '{organisation}' fills in a '{expectedKind}'", FactsCell));
                return [];
            }

            var places = new Dictionary<int, (string Sheet, int Row, IReadOnlyDictionary<string, int> Columns)>();
            var tables = new List<SourceTable>();
            var sheetIndex = 0;
            foreach (var sheet in layout.Sheets.Where(s => s.Table is not null))
            {
                sheetIndex++;
                var part = Worksheet(workbook, sheet.Name);
                if (part is null)
                {
                    errors.Add(new ImportError(name, null, null, "missing-sheet", $"the workbook has no sheet '{sheet.Name}'; do not rename or remove sheets"));
                    continue;
                }

                var reader = new SheetReader(name, layout, sheet, SheetCells.Read(part, strings), cellErrors, sheetIndex * SheetStride, RowStride, places);
                if (reader.Read() is { } table)
                {
                    tables.Add(table);
                }
            }

            errors.LocateCells(name, (line, column) => Locate(places, line, column));
            return tables;
        }
    }

    private static string? Locate(Dictionary<int, (string Sheet, int Row, IReadOnlyDictionary<string, int> Columns)> places, int line, string? column)
    {
        if (!places.TryGetValue(line, out var place))
        {
            return null;
        }

        // Checks over several columns name them all ("a, b"): point at the first the sheet shows.
        foreach (var name in (column ?? string.Empty).Split(", ", StringSplitOptions.RemoveEmptyEntries))
        {
            if (place.Columns.TryGetValue(name, out var index))
            {
                return $"{CellAddress.Sheet(place.Sheet)}!{CellAddress.Of(index, place.Row)}";
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{CellAddress.Sheet(place.Sheet)}!{place.Row}:{place.Row}");
    }

    private static WorksheetPart? Worksheet(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == name);
        return sheet?.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null;
    }

    private static string? NamedCell(WorkbookPart workbook, IReadOnlyList<string> strings, string name)
    {
        var reference = workbook.Workbook.DefinedNames?.Elements<DefinedName>().FirstOrDefault(d => d.Name?.Value == name)?.Text;
        var bang = reference?.LastIndexOf('!') ?? -1;
        if (reference is null || bang < 0)
        {
            return null;
        }

        var sheetName = reference[..bang].Trim('\'').Replace("''", "'", StringComparison.Ordinal);
        var part = Worksheet(workbook, sheetName);
        if (part is null)
        {
            return null;
        }

        var (column, row) = CellAddress.Parse(reference[(bang + 1)..].Replace("$", string.Empty, StringComparison.Ordinal));
        return SheetCells.Read(part, strings).At(column, row)?.Text.Trim();
    }
}
