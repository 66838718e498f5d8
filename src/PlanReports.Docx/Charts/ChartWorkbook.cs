using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PlanReports.Docx.Packaging;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Charts;

/// <summary>
/// The workbook embedded in a chart part, holding the numbers the chart draws, so "Edit Data" in Word opens them.
/// Written with explicit relationship ids, inline strings and the same reproducible zip as the document, so the
/// bytes never change between runs.
/// </summary>
internal static class ChartWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(Chart chart)
    {
        using var package = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            workbook.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var main = workbook.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            var sheet = main.AddNewPart<WorksheetPart>("rIdSheet1");
            sheet.Worksheet = new Worksheet(new SheetData(Rows(chart)));
            main.Workbook = new Workbook(new Sheets(new Sheet { Name = ChartSheet.SheetName, SheetId = 1U, Id = "rIdSheet1" }));
        }

        using var output = new MemoryStream();
        ReproducibleZip.Rewrite(package, output);
        return output.ToArray();
    }

    private static IEnumerable<Row> Rows(Chart chart)
    {
        var header = new Row { RowIndex = 1U };
        header.Append(Text(0, 1, chart.CategoryTitle));
        var column = 1;
        foreach (var series in chart.Series)
        {
            header.Append(Text(column++, 1, series.Name));
        }

        foreach (var line in chart.ReferenceLines)
        {
            header.Append(Text(column++, 1, line.Label));
        }

        yield return header;
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var rowIndex = (uint)(i + 2);
            var row = new Row { RowIndex = rowIndex };
            row.Append(Text(0, rowIndex, chart.Categories[i]));
            column = 1;
            foreach (var series in chart.Series)
            {
                if (series.Values[i] is { } v)
                {
                    row.Append(Number(column, rowIndex, v));
                }

                column++;
            }

            foreach (var line in chart.ReferenceLines)
            {
                row.Append(Number(column++, rowIndex, line.Value));
            }

            yield return row;
        }
    }

    private static Cell Text(int column, uint row, string text) =>
        new(new InlineString(new Text(Conversion.XmlSafeText.CleanLine(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = ChartSheet.Column(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
        };

    private static Cell Number(int column, uint row, double value) =>
        new(new CellValue(value.ToString("R", CultureInfo.InvariantCulture)))
        {
            CellReference = ChartSheet.Column(column) + row.ToString(CultureInfo.InvariantCulture),
        };
}
