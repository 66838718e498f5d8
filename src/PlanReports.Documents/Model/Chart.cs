namespace PlanReports.Documents.Model;

/// <summary>
/// A chart: data (categories and named series), a kind, a value axis and reference lines, with a visible caption
/// and alternative text. Each renderer draws it natively and gives the numbers as well, so the picture is never
/// the only way to read them; series are told apart by line style or marker and named in a legend, not by colour alone.
/// </summary>
/// <param name="Kind">Line, bar or stacked bar.</param>
/// <param name="Caption">The visible caption.</param>
/// <param name="AltText">What the chart shows, in words; required.</param>
/// <param name="CategoryTitle">What the categories are ("Month", "Domain"), the heading of the data table's first column.</param>
/// <param name="Categories">Category labels in order: across for a line chart, top to bottom for bars.</param>
/// <param name="Series">The series, in legend order (and stacking order, left to right).</param>
/// <param name="ValueAxis">The value axis.</param>
/// <param name="ReferenceLines">Values marked across the plot.</param>
public sealed record Chart(
    ChartKind Kind,
    string Caption,
    string AltText,
    string CategoryTitle,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    ChartAxis ValueAxis,
    IReadOnlyList<ReferenceLine> ReferenceLines) : Block;
