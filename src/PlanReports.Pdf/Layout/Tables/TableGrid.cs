namespace PlanReports.Pdf.Layout.Tables;

/// <summary>Column geometry: relative widths shared out over the table width, padding and borders.</summary>
internal sealed record TableGrid(IReadOnlyList<double> RelativeWidths, double Padding, double BorderWidth, Documents.Model.Colour? BorderColour)
{
    private double Total { get; } = RelativeWidths.Sum();

    /// <summary>The x offset and width of a cell covering <paramref name="span"/> columns from <paramref name="column"/>.</summary>
    internal (double X, double Width) Cell(double tableWidth, int column, int span)
    {
        var total = Total;
        double x = 0;
        for (var i = 0; i < column; i++)
        {
            x += RelativeWidths[i];
        }

        double w = 0;
        for (var i = column; i < column + span && i < RelativeWidths.Count; i++)
        {
            w += RelativeWidths[i];
        }

        return (tableWidth * x / total, tableWidth * w / total);
    }
}
