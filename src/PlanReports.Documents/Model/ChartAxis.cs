namespace PlanReports.Documents.Model;

/// <summary>The value axis of a chart: its title, how values are written, and optional fixed ends.</summary>
/// <param name="Title">What the values measure, with the unit where it is not obvious from the format.</param>
/// <param name="Format">How values are written.</param>
/// <param name="Decimals">Decimal places of data values (axis ticks use as many as their step needs).</param>
/// <param name="Minimum">The axis start; null to start at zero, or below zero when data is negative.</param>
/// <param name="Maximum">The axis end; null to fit the data and reference lines on a round number.</param>
public sealed record ChartAxis(
    string Title,
    ChartValueFormat Format = ChartValueFormat.Number,
    int Decimals = 0,
    double? Minimum = null,
    double? Maximum = null);
