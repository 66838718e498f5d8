namespace PlanReports.Documents.Model;

/// <summary>How a <see cref="Chart"/> draws its series.</summary>
public enum ChartKind
{
    /// <summary>Categories across (periods, in order), one line per series, each point marked.</summary>
    Line,

    /// <summary>Categories down, one horizontal bar per series side by side within each category.</summary>
    Bar,

    /// <summary>Categories down, one horizontal bar per category with the series stacked end to end.</summary>
    StackedBar,
}
