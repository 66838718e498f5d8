using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanReports.Tests.Workbooks;

/// <summary>Fills in a written template as an organisation would: sets cells by sheet and address.</summary>
internal sealed class WorkbookEditor : IDisposable
{
    private readonly SpreadsheetDocument document;

    public WorkbookEditor(string path)
    {
        document = SpreadsheetDocument.Open(path, isEditable: true);
    }

    public WorkbookEditor Text(string sheet, string address, string? text)
    {
        var cell = Cell(sheet, address);
        cell.CellValue = null;
        cell.InlineString = null;
        cell.DataType = null;
        if (text is not null)
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        }

        return this;
    }

    public WorkbookEditor Number(string sheet, string address, double value)
    {
        var cell = Cell(sheet, address);
        cell.InlineString = null;
        cell.DataType = null;
        cell.CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A date as Excel stores one: the serial day number.</summary>
    public WorkbookEditor Date(string sheet, string address, DateOnly date) =>
        Number(sheet, address, date.DayNumber - new DateOnly(1899, 12, 30).DayNumber);

    public void Dispose() => document.Dispose();

    private Cell Cell(string sheet, string address)
    {
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var part = (WorksheetPart)workbook.GetPartById(id);
        return part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == address);
    }
}
