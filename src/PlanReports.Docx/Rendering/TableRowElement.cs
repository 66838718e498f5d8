using DocumentFormat.OpenXml;

namespace PlanReports.Docx.Rendering;

/// <summary>
/// A table row (w:tr), written as a <see cref="ContainerElement"/>: its properties (the SDK's TableRowProperties,
/// see <see cref="Tables.RowProperties"/>) first, then its cells.
/// </summary>
internal sealed class TableRowElement : ContainerElement
{
    public TableRowElement(params OpenXmlElement[] children)
        : base("tr")
    {
        Append(children);
    }

    protected override ContainerElement CreateEmpty() => new TableRowElement();
}
