namespace PlanReports.Documents.Charts;

/// <summary>Which point of a chart label its x coordinate names.</summary>
public enum TextAnchor
{
    /// <summary>The label starts at x.</summary>
    Start,

    /// <summary>The label is centred on x.</summary>
    Middle,

    /// <summary>The label ends at x.</summary>
    End,
}
