using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PlanReports.Documents.Packaging;

namespace PlanReports.Workbooks;

/// <summary>
/// Writes a <see cref="WorkbookLayout"/> as an .xlsx with the Open XML SDK: an instructions sheet, one sheet per
/// table (locked reference cells, unlocked input cells with data validation, a defined name per table), the
/// reference-only sheets and a Lists sheet. Sheets are protected without a password (the protection keeps the
/// form's shape, it is not a secret), and so is the workbook's structure. Every relationship id is given and the
/// package is rewritten by <see cref="ReproducibleZip"/>, so the same layout always gives the same bytes.
/// </summary>
internal static class WorkbookWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static void Write(WorkbookLayout layout, Stream output)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            // Parts are stored, not compressed: ReproducibleZip compresses every entry once, as the last step.
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            Write(document, layout);
        }

        ReproducibleZip.Rewrite(package, output);
    }

    private static void Write(SpreadsheetDocument document, WorkbookLayout layout)
    {
        var workbookPart = document.AddNewPart<WorkbookPart>(MainContentType, "rIdWorkbook");
        workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = WorkbookStyles.Build();

        var sheets = new Sheets();
        var names = new List<DefinedName>();
        var index = 0;

        void Add(string name, Worksheet worksheet)
        {
            index++;
            var id = string.Create(CultureInfo.InvariantCulture, $"rIdSheet{index}");
            workbookPart.AddNewPart<WorksheetPart>(id).Worksheet = worksheet;
            sheets.Append(new Sheet { Name = name, SheetId = (uint)index, Id = id });
        }

        Add(WorkbookLayout.InstructionsSheet, Instructions(layout, names));
        foreach (var sheet in layout.Sheets)
        {
            var localId = (uint)index;
            Add(sheet.Name, Table(layout, sheet));
            var lastColumn = sheet.Columns.Count - 1;
            if (sheet.Table is not null)
            {
                names.Add(Name(sheet.DefinedName, CellAddress.Range(sheet.Name, 0, WorkbookSheet.HeaderRow + 1, lastColumn, sheet.LastRow)));
            }

            names.Add(new DefinedName(string.Create(CultureInfo.InvariantCulture, $"{CellAddress.Sheet(sheet.Name)}!${WorkbookSheet.HeaderRow}:${WorkbookSheet.HeaderRow}"))
            {
                Name = "_xlnm.Print_Titles",
                LocalSheetId = localId,
            });
        }

        Add(WorkbookLayout.ListsSheet, Lists(layout, names));

        workbookPart.Workbook = new Workbook(
            new WorkbookProtection { LockStructure = true },
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets,
            new DefinedNames(names.OrderBy(n => n.Name!.Value, StringComparer.Ordinal).ThenBy(n => n.LocalSheetId?.Value ?? 0)),
            new CalculationProperties { CalculationId = 191029 });

        WorkbookProperties.Write(document.AddNewPart<CoreFilePropertiesPart>("rIdCoreProperties"), layout);
    }

    private static Worksheet Instructions(WorkbookLayout layout, List<DefinedName> names)
    {
        var rows = new SheetRows();
        rows.Text(1, 0, layout.Title, WorkbookStyles.Title);
        if (layout.Illustrative)
        {
            rows.Text(2, 0, "Illustrative data: the store this workbook was filled from holds invented plans, not real ones.", WorkbookStyles.Guidance);
        }

        (string Label, string Value, string? Name)[] facts =
        [
            ("Organisation", layout.OrganisationName, null),
            ("Organisation code", layout.OrganisationCode, WorkbookLayout.OrganisationCell),
            ("Round", layout.RoundName, null),
            ("Submission", layout.SubmissionName, null),
            ("Submission code", layout.SubmissionCode, WorkbookLayout.SubmissionCell),
            ("Workbook", layout.Kind == WorkbookKind.PctClusterPlan ? "pct-cluster-plan" : "bcf-plan", WorkbookLayout.KindCell),
        ];
        var row = 4;
        foreach (var (label, value, name) in facts)
        {
            rows.Text(row, 0, label, WorkbookStyles.Label);
            rows.Text(row, 1, value, WorkbookStyles.Reference);
            if (name is not null)
            {
                names.Add(Name(name, CellAddress.Absolute(WorkbookLayout.InstructionsSheet, 1, row)));
            }

            row++;
        }

        row++;
        rows.Text(row++, 0, "How to complete this workbook", WorkbookStyles.Label);
        for (var i = 0; i < layout.Instructions.Count; i++)
        {
            rows.Text(row, 0, string.Create(CultureInfo.InvariantCulture, $"{i + 1}."), WorkbookStyles.Normal);
            rows.Text(row++, 1, layout.Instructions[i], WorkbookStyles.Wrapped);
        }

        row++;
        rows.Text(row++, 0, "Sheets", WorkbookStyles.Label);
        foreach (var sheet in layout.Sheets)
        {
            rows.Text(row, 0, sheet.Name, WorkbookStyles.Normal);
            rows.Text(row++, 1, sheet.Guidance, WorkbookStyles.Wrapped);
        }

        row++;
        rows.Text(row++, 0, "Key", WorkbookStyles.Label);
        rows.Text(row, 0, "Enter", WorkbookStyles.InputText);
        rows.Text(row++, 1, "A cell to fill in.", WorkbookStyles.Wrapped);
        rows.Text(row, 0, "Reference", WorkbookStyles.Reference);
        rows.Text(row++, 1, "Reference text, locked.", WorkbookStyles.Wrapped);
        rows.Text(row, 0, string.Empty, WorkbookStyles.NotApplicable);
        rows.Text(row, 1, "Does not apply (an indicator not reported for that period).", WorkbookStyles.Wrapped);

        return Sheet(rows, [22, 110], frozenRows: 0, protection: true, validations: null, selected: true);
    }

    private static Worksheet Table(WorkbookLayout layout, WorkbookSheet sheet)
    {
        var rows = new SheetRows();
        rows.Text(1, 0, sheet.Title, WorkbookStyles.Title);
        rows.Text(2, 0, sheet.Guidance, WorkbookStyles.Guidance);
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            rows.Text(WorkbookSheet.HeaderRow, c, sheet.Columns[c].Header, WorkbookStyles.Header);
        }

        var validations = new ValidationRanges();
        var total = sheet.Table is null ? sheet.Rows.Count : sheet.LastRow - WorkbookSheet.HeaderRow;
        for (var r = 0; r < total; r++)
        {
            var rowNumber = WorkbookSheet.HeaderRow + 1 + r;
            var prefilled = r < sheet.Rows.Count ? sheet.Rows[r] : null;
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                var column = sheet.Columns[c];
                var value = prefilled?.Values[c];
                if (prefilled is not null && prefilled.NotApplicable.Contains(c))
                {
                    rows.Text(rowNumber, c, string.Empty, WorkbookStyles.NotApplicable);
                    continue;
                }

                // Keys are locked where the store gave them; on an added row the organisation types them.
                var editable = sheet.Table is not null && (column.IsInput || (column.Role == ColumnRole.Key && prefilled is null));
                var rule = sheet.RuleFor(c, i => prefilled?.Values[i] as string);
                rows.Value(rowNumber, c, value, Style(rule, editable));
                if (editable && rule.Kind != CellRuleKind.Text)
                {
                    validations.Add(rule, c, rowNumber);
                }
            }
        }

        var widths = sheet.Columns.Select(c => c.Width).ToList();
        return Sheet(rows, widths, frozenRows: WorkbookSheet.HeaderRow, protection: true, validations.Build(layout), selected: false);
    }

    private static Worksheet Lists(WorkbookLayout layout, List<DefinedName> names)
    {
        var rows = new SheetRows();
        rows.Text(1, 0, "Lists", WorkbookStyles.Title);
        rows.Text(2, 0, "The values the drop-down lists offer; for reference.", WorkbookStyles.Guidance);
        for (var c = 0; c < layout.Lists.Count; c++)
        {
            var list = layout.Lists[c];
            rows.Text(WorkbookSheet.HeaderRow, c, list.Heading, WorkbookStyles.Header);
            for (var i = 0; i < list.Values.Count; i++)
            {
                rows.Text(WorkbookSheet.HeaderRow + 1 + i, c, list.Values[i], WorkbookStyles.Reference);
            }

            var first = WorkbookSheet.HeaderRow + 1;
            names.Add(Name(list.Name, CellAddress.Range(WorkbookLayout.ListsSheet, c, first, c, first + Math.Max(list.Values.Count, 1) - 1)));
        }

        return Sheet(rows, layout.Lists.Select(_ => 24d).ToList(), frozenRows: WorkbookSheet.HeaderRow, protection: true, validations: null, selected: false);
    }

    private static uint Style(CellRule rule, bool editable) => (rule.Kind, editable) switch
    {
        (CellRuleKind.Date, true) => WorkbookStyles.InputDate,
        (CellRuleKind.Date, false) => WorkbookStyles.ReferenceDate,
        (CellRuleKind.WholeNumber, true) when rule.Thousands => WorkbookStyles.InputWhole,
        (CellRuleKind.Number or CellRuleKind.WholeNumber, true) => WorkbookStyles.InputNumber,
        (_, true) => WorkbookStyles.InputText,
        _ => WorkbookStyles.Reference,
    };

    private static DefinedName Name(string name, string reference) => new(reference) { Name = name };

    private static Worksheet Sheet(SheetRows rows, IReadOnlyList<double> widths, int frozenRows, bool protection, DataValidations? validations, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null };
        if (frozenRows > 0)
        {
            var topLeft = CellAddress.Of(0, frozenRows + 1);
            view.Append(new Pane { HorizontalSplit = frozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(view),
            new SheetFormatProperties { DefaultRowHeight = 12.75 },
            columns,
            rows.Build(widths));
        if (protection)
        {
            // No password: the protection keeps the form's shape (locked reference cells, fixed columns), it is not a secret.
            worksheet.Append(new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
        }

        if (validations is not null)
        {
            worksheet.Append(validations);
        }

        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }
}
