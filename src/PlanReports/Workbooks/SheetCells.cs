using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanReports.Workbooks;

/// <summary>
/// One worksheet's cells by address, read with the SDK's DOM. A filled workbook is one organisation's plan (a few
/// thousand cells), so holding it whole is cheap and gives the random access the header checks and defined names
/// need; the SAX reader would save memory that does not matter here.
/// </summary>
internal sealed class SheetCells
{
    private readonly Dictionary<(int Column, int Row), CellText> cells = [];

    private SheetCells()
    {
    }

    public static SheetCells Read(WorksheetPart part, IReadOnlyList<string> strings)
    {
        var sheet = new SheetCells();
        foreach (var cell in part.Worksheet?.Descendants<Cell>() ?? [])
        {
            if (cell.CellReference?.Value is not { } reference || Text(cell, strings) is not { } text)
            {
                continue;
            }

            sheet.cells[CellAddress.Parse(reference)] = text;
        }

        return sheet;
    }

    /// <summary>The cell at a 0-based column and 1-based row, or null when empty.</summary>
    public CellText? At(int column, int row) => cells.GetValueOrDefault((column, row));

    /// <summary>The highest row holding a value.</summary>
    public int LastRow => cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Row);

    private static CellText? Text(Cell cell, IReadOnlyList<string> strings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return NonEmpty(cell.InlineString?.InnerText, false);
        }

        var value = cell.CellValue?.Text;
        if (value is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            var index = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            return NonEmpty(index >= 0 && index < strings.Count ? strings[index] : null, false);
        }

        var isNumber = type is null || type == CellValues.Number;
        return NonEmpty(value, isNumber);
    }

    private static CellText? NonEmpty(string? text, bool isNumber) => string.IsNullOrWhiteSpace(text) ? null : new CellText(text, isNumber);

    /// <summary>The shared strings' texts, by index (phonetic runs are reading aids, not text).</summary>
    public static IReadOnlyList<string> SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(item => string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text)))
            .ToList() ?? [];
}
