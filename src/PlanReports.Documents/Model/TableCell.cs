namespace PlanReports.Documents.Model;

/// <summary>A table cell.</summary>
/// <param name="Blocks">The content.</param>
/// <param name="Scope">Whether this cell is a header for its column or row (HTML scope, PDF TH/Scope).</param>
/// <param name="Shading">Background colour, or null. Never the only carrier of meaning.</param>
/// <param name="ColumnSpan">How many columns the cell spans.</param>
/// <param name="Alignment">Overrides the column's alignment when set.</param>
public sealed record TableCell(
    IReadOnlyList<Block> Blocks,
    CellScope Scope = CellScope.None,
    Colour? Shading = null,
    int ColumnSpan = 1,
    TextAlignment? Alignment = null)
{
    /// <summary>A cell holding one paragraph of plain text.</summary>
    public static TableCell Text(string text, CellScope scope = CellScope.None) =>
        new([new Paragraph([new TextRun(text)])], scope);
}
