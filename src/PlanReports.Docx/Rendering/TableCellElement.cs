namespace PlanReports.Docx.Rendering;

/// <summary>
/// A table cell (w:tc), written as a <see cref="ContainerElement"/>: its <see cref="TableCellPropertiesElement"/>, then
/// its content, which always ends with a paragraph (see <see cref="TableCells.Create"/>).
/// </summary>
internal sealed class TableCellElement : ContainerElement
{
    public TableCellElement(TableCellPropertiesElement properties)
        : base("tc")
    {
        AppendChild(properties);
    }

    private TableCellElement()
        : base("tc")
    {
    }

    protected override ContainerElement CreateEmpty() => new TableCellElement();
}
