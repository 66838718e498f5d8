using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;

namespace PlanReports.Documents.Charts;

/// <summary>
/// How one series is drawn in every format: colour, dash pattern and marker. The first series is solid with circles,
/// the second dashed with squares, and so on, so two series differ in more than colour.
/// </summary>
/// <param name="Colour">Line colour, or bar fill.</param>
/// <param name="Dash">Dash and gap lengths in points; empty for a solid line.</param>
/// <param name="Marker">The point marker of a line series.</param>
/// <param name="DashName">The DrawingML preset dash ("solid", "dash", "sysDot", "lgDashDot"), for Word charts.</param>
public sealed record SeriesStyle(Colour Colour, IReadOnlyList<double> Dash, MarkerKind Marker, string DashName)
{
    private static readonly (double[] Dash, string Name)[] Dashes =
    [
        ([], "solid"),
        ([6, 3], "dash"),
        ([1.5, 2], "sysDot"),
        ([8, 3, 1.5, 3], "lgDashDot"),
    ];

    private static readonly MarkerKind[] Markers = [MarkerKind.Circle, MarkerKind.Square, MarkerKind.Triangle, MarkerKind.Diamond];

    /// <summary>The style of series number <paramref name="index"/> (from 0) of <paramref name="chart"/>.</summary>
    public static SeriesStyle For(Chart chart, int index, DocumentTheme theme)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(theme);
        var colour = chart.Series[index].Colour ?? theme.ChartPalette[index % theme.ChartPalette.Count];
        var (dash, name) = Dashes[index % Dashes.Length];
        return new SeriesStyle(colour, dash, Markers[index % Markers.Length], name);
    }

    /// <summary>The dash of reference lines: long dashes, distinct from every series pattern.</summary>
    public static IReadOnlyList<double> ReferenceDash { get; } = [4, 2.5];

    /// <summary>The DrawingML preset dash of reference lines.</summary>
    public const string ReferenceDashName = "sysDash";
}
