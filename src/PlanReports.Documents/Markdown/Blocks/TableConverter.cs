using Markdig.Extensions.Tables;
using PlanReports.Documents.Model;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using ModelBlock = PlanReports.Documents.Model.Block;
using ModelTable = PlanReports.Documents.Model.Table;
using ModelTableCell = PlanReports.Documents.Model.TableCell;
using ModelTableRow = PlanReports.Documents.Model.TableRow;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>
/// A pipe table: the first row is the header (repeated on every page), the colons of the separator line set each
/// column's alignment and its dashes the relative widths. The body is one unlabelled row group.
/// </summary>
internal sealed class TableConverter : BlockConverter<MdTable>
{
    protected override void Convert(MdTable block, MarkdownConversion conversion, List<ModelBlock> output)
    {
        var attributes = TemplateAttributes.Of(block, conversion);
        if (attributes.Id is not null || attributes.Classes.Count > 0)
        {
            throw conversion.Error(block, "tables take no attributes; give a caption with a paragraph 'Table: …' after the table");
        }

        var columns = block.ColumnDefinitions
            .Select(d => new TableColumn(d.Width > 0 ? Math.Round((double)d.Width, 2) : 1, AlignmentOf(d.Alignment)))
            .ToList();

        var header = new List<ModelTableRow>();
        var body = new List<ModelTableRow>();
        foreach (var row in block.OfType<MdTableRow>())
        {
            var cells = row.OfType<MdTableCell>()
                .Select(cell => ConvertCell(cell, row.IsHeader, conversion))
                .ToList();
            (row.IsHeader ? header : body).Add(new ModelTableRow(cells));
        }

        output.Add(new ModelTable(columns, header, [new TableRowGroup(null, body)]) { Source = conversion.SourceOf(block) });
    }

    private static ModelTableCell ConvertCell(MdTableCell cell, bool isHeader, MarkdownConversion conversion) =>
        new(CellLists.Split(conversion.ConvertBlocks(cell)), isHeader ? CellScope.Column : CellScope.None, ColumnSpan: Math.Max(1, cell.ColumnSpan));

    private static TextAlignment AlignmentOf(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Center => TextAlignment.Centre,
        TableColumnAlign.Right => TextAlignment.Right,
        _ => TextAlignment.Left,
    };
}
