using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanReports.Workbooks;

/// <summary>Cells gathered by row and column, then written as a <see cref="SheetData"/> in address order.</summary>
internal sealed class SheetRows
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    // Text in a wrapping cell, by row and column, for the row heights: Excel and LibreOffice keep a stored row at
    // the default height, so a row of wrapped commentary would otherwise hide all but its first line.
    private const double LineHeight = 12.75;
    private const double CharactersPerWidth = 1.15;

    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> rows = [];
    private readonly Dictionary<(int Row, int Column), string> wrapped = [];

    /// <summary>A text cell (inline string: no shared string table to keep in step).</summary>
    public void Text(int row, int column, string text, uint style)
    {
        if (style is WorkbookStyles.Header or WorkbookStyles.Reference or WorkbookStyles.InputText or WorkbookStyles.Wrapped)
        {
            wrapped[(row, column)] = text;
        }

        Put(row, column, text.Length == 0
            ? new Cell { StyleIndex = style }
            : new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style });
    }

    /// <summary>A cell holding a store value: text, a whole or real number, a date (ISO text in a date-styled cell) or nothing.</summary>
    public void Value(int row, int column, object? value, uint style)
    {
        var isDate = style is WorkbookStyles.InputDate or WorkbookStyles.ReferenceDate;
        switch (value)
        {
            case null:
                Put(row, column, new Cell { StyleIndex = style });
                break;
            case string text when isDate && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                Put(row, column, Number((date.DayNumber - ExcelEpoch.DayNumber).ToString(CultureInfo.InvariantCulture), style));
                break;
            case string text:
                Text(row, column, text, style);
                break;
            case long whole:
                Put(row, column, Number(whole.ToString(CultureInfo.InvariantCulture), style));
                break;
            case double real:
                Put(row, column, Number(real.ToString("R", CultureInfo.InvariantCulture), style));
                break;
            default:
                Text(row, column, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, style);
                break;
        }
    }

    /// <summary>The rows, each with its cells, in address order.</summary>
    public SheetData Build(IReadOnlyList<double> widths)
    {
        var data = new SheetData();
        foreach (var (number, cells) in rows)
        {
            var row = new Row { RowIndex = (uint)number };
            var lines = cells.Keys.Max(c => Lines(wrapped.GetValueOrDefault((number, c)), c < widths.Count ? widths[c] : 10));
            if (lines > 1)
            {
                row.Height = Math.Min(409, (lines * LineHeight) + 2);
                row.CustomHeight = true;
            }
            else if (cells.Values.Any(c => c.StyleIndex?.Value == WorkbookStyles.Title))
            {
                row.Height = 20;
                row.CustomHeight = true;
            }

            foreach (var (column, cell) in cells)
            {
                cell.CellReference = CellAddress.Of(column, number);
                row.Append(cell);
            }

            data.Append(row);
        }

        return data;
    }

    /// <summary>The serial day number Excel stores for a date (days since 30 December 1899).</summary>
    public static int Serial(DateOnly date) => date.DayNumber - ExcelEpoch.DayNumber;

    /// <summary>The date of a serial day number.</summary>
    public static DateOnly FromSerial(int serial) => ExcelEpoch.AddDays(serial);

    /// <summary>Lines a wrapped text takes in a column of <paramref name="width"/> characters (an estimate: the fonts are not measured).</summary>
    private static int Lines(string? text, double width)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var perLine = Math.Max(1, (int)(width * CharactersPerWidth));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            // Greedy word wrap, as the spreadsheet does it; a word longer than the line takes lines of its own.
            var used = 0;
            lines++;
            foreach (var word in paragraph.Split(' '))
            {
                var needed = used == 0 ? word.Length : used + 1 + word.Length;
                if (needed <= perLine)
                {
                    used = needed;
                    continue;
                }

                lines += used == 0 ? 0 : 1;
                lines += Math.Max(0, (word.Length - 1) / perLine);
                used = word.Length % perLine == 0 ? perLine : word.Length % perLine;
            }
        }

        return lines;
    }

    private static Cell Number(string text, uint style) => new(new CellValue(text)) { StyleIndex = style };

    private void Put(int row, int column, Cell cell)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            rows[row] = cells = [];
        }

        cells[column] = cell;
    }
}
