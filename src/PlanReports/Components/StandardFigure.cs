namespace PlanReports.Components;

/// <summary>Whether a planned value is on the wrong side of a standard's figure: one rule for tables, verdicts and charts.</summary>
public static class StandardFigure
{
    /// <summary>True where <paramref name="value"/> misses <paramref name="threshold"/> in <paramref name="direction"/>.</summary>
    public static bool Misses(StandardDirection direction, double threshold, double value) => direction switch
    {
        StandardDirection.LessThan => value >= threshold,
        StandardDirection.AtMost => value > threshold,
        _ => value < threshold,
    };
}
