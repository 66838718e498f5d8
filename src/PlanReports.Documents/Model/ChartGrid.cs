namespace PlanReports.Documents.Model;

/// <summary>
/// Small multiples: several charts of one kind in a grid of <see cref="Columns"/> columns under one caption, so a
/// reader compares them at a glance. Each chart's own caption is its cell's title. Where the charts show the same
/// series and reference lines, the grid draws one legend for all; where <see cref="SharedScale"/> is set, every chart
/// has the same value axis, so equal heights mean equal values across cells.
/// </summary>
/// <param name="Caption">The visible caption of the whole grid.</param>
/// <param name="Columns">Charts per row; a row of charts is never split across pages.</param>
/// <param name="Charts">The charts, row by row.</param>
/// <param name="SharedScale">Whether the charts' value axes were made one (see <c>ChartGridLayout.ShareScale</c>).</param>
public sealed record ChartGrid(string Caption, int Columns, IReadOnlyList<Chart> Charts, bool SharedScale) : Block
{
    /// <summary>The charts in rows of <see cref="Columns"/>; the last row may be shorter.</summary>
    public IReadOnlyList<IReadOnlyList<Chart>> Rows => Charts.Chunk(Math.Max(1, Columns)).Select(r => (IReadOnlyList<Chart>)r).ToList();
}
