namespace PlanReports.Documents.Model;

/// <summary>How the values of a chart are written on its axis, labels and data table.</summary>
public enum ChartValueFormat
{
    /// <summary>A plain number with thousands separators: 1,234.</summary>
    Number,

    /// <summary>A percentage; values are percentage points (92.5 is written 92.5%).</summary>
    Percent,

    /// <summary>Pounds sterling: £1,234,000; on the axis £1.2m or £250k.</summary>
    Pounds,
}
