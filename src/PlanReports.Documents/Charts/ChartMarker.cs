using PlanReports.Documents.Model;

namespace PlanReports.Documents.Charts;

/// <summary>A point marker centred on (X, Y), <paramref name="Size"/> points across, filled with <paramref name="Colour"/>.</summary>
public sealed record ChartMarker(double X, double Y, double Size, MarkerKind Kind, Colour Colour) : ChartShape
{
    /// <summary>The outline of a square, triangle or diamond as a closed polygon; empty for a circle, which each format draws as a circle.</summary>
    public IReadOnlyList<(double X, double Y)> Polygon()
    {
        var r = Size / 2;
        return Kind switch
        {
            MarkerKind.Square => [(X - r, Y - r), (X + r, Y - r), (X + r, Y + r), (X - r, Y + r)],
            MarkerKind.Triangle => [(X, Y - (r * 1.15)), (X + (r * 1.1), Y + (r * 0.8)), (X - (r * 1.1), Y + (r * 0.8))],
            MarkerKind.Diamond => [(X, Y - (r * 1.25)), (X + (r * 1.1), Y), (X, Y + (r * 1.25)), (X - (r * 1.1), Y)],
            _ => [],
        };
    }
}
