namespace PlanReports.Documents.Charts;

/// <summary>The mark drawn at each point of a line series, so series differ in shape as well as colour.</summary>
public enum MarkerKind
{
    /// <summary>A filled circle.</summary>
    Circle,

    /// <summary>A filled square.</summary>
    Square,

    /// <summary>A filled triangle, point up.</summary>
    Triangle,

    /// <summary>A filled diamond.</summary>
    Diamond,
}
