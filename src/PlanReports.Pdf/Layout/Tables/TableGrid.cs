using PlanReports.Documents.Rendering.Tables;

namespace PlanReports.Pdf.Layout.Tables;

/// <summary>
/// Column geometry: relative widths shared out over the table width, each column at least as wide as its longest
/// word (<see cref="ColumnWidths"/>, the computation the DOCX renderer uses too), padding and borders.
/// </summary>
internal sealed class TableGrid
{
    private readonly IReadOnlyList<double> minimum;

    // The widths for the last table width asked for: a table is laid out at one width, row after row.
    private double cachedFor = double.NaN;
    private double[] offsets = [];

    internal TableGrid(IReadOnlyList<double> relativeWidths, IReadOnlyList<double> minimum, double padding, double borderWidth, Documents.Model.Colour? borderColour)
    {
        RelativeWidths = relativeWidths;
        this.minimum = minimum;
        Padding = padding;
        BorderWidth = borderWidth;
        BorderColour = borderColour;
    }

    internal IReadOnlyList<double> RelativeWidths { get; }

    internal double Padding { get; }

    internal double BorderWidth { get; }

    internal Documents.Model.Colour? BorderColour { get; }

    /// <summary>The x offset and width of a cell covering <paramref name="span"/> columns from <paramref name="column"/>.</summary>
    internal (double X, double Width) Cell(double tableWidth, int column, int span)
    {
        if (tableWidth != cachedFor)
        {
            var widths = ColumnWidths.Compute(RelativeWidths, minimum, tableWidth);
            offsets = new double[widths.Length + 1];
            for (var i = 0; i < widths.Length; i++)
            {
                offsets[i + 1] = offsets[i] + widths[i];
            }

            cachedFor = tableWidth;
        }

        var end = Math.Min(column + span, RelativeWidths.Count);
        return (offsets[column], offsets[end] - offsets[column]);
    }
}
