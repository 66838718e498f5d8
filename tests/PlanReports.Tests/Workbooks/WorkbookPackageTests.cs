using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace PlanReports.Tests.Workbooks;

/// <summary>The workbook as a package: reproducible bytes, valid SpreadsheetML, protection, validation and names in place.</summary>
[Collection(WorkbookCollection.Name)]
public sealed class WorkbookPackageTests(WorkbookStore store)
{
    [Theory]
    [InlineData("C01")]
    [InlineData("HWB001")]
    public void Two_exports_of_the_same_store_are_byte_identical(string organisation)
    {
        var first = File.ReadAllBytes(store.Template(organisation, $"{organisation}-first.xlsx"));
        var second = File.ReadAllBytes(store.Template(organisation, $"{organisation}-second.xlsx"));

        Assert.True(first.Length > 5000);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("C01")]
    [InlineData("HWB001")]
    public void OpenXmlValidator_for_Office_2019_reports_no_errors(string organisation)
    {
        using var document = SpreadsheetDocument.Open(store.Template(organisation, $"{organisation}-validate.xlsx"), isEditable: false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Input_sheets_are_protected_with_unlocked_inputs_list_validation_and_a_defined_name_per_table()
    {
        using var document = SpreadsheetDocument.Open(store.Template("C01", "C01-structure.xlsx"), isEditable: false);
        var workbook = document.WorkbookPart!;
        var names = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Where(n => n.LocalSheetId is null).ToDictionary(n => n.Name!.Value!, n => n.Text);

        Assert.Equal("Domains!$A$5:$F$17", names["Domains_Table"]);
        Assert.Equal("'Public health'!$A$5:$H$43", names["Public_health_Table"]);
        Assert.Equal("Lists!$A$5:$A$7", names["List_Rag"]);
        Assert.Equal("Instructions!$B$5", names["Workbook_Organisation"]);
        Assert.NotNull(workbook.Workbook.GetFirstChild<WorkbookProtection>()?.LockStructure);

        var domains = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Domains").Id!);
        Assert.True(domains.Worksheet.GetFirstChild<SheetProtection>()!.Sheet!.Value);
        var styles = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        bool Locked(string address) =>
            styles[(int)domains.Worksheet.Descendants<Cell>().Single(c => c.CellReference == address).StyleIndex!.Value].Protection!.Locked!.Value;
        Assert.True(Locked("B5"));
        Assert.False(Locked("C5"));
        Assert.False(Locked("D17"));

        var rag = domains.Worksheet.Descendants<DataValidation>().Single(v => v.Type! == DataValidationValues.List);
        Assert.Equal("List_Rag", rag.Formula1!.Text);
        Assert.Equal("C5:C17", rag.SequenceOfReferences!.InnerText);
    }
}
