using PlanReports.Components;

namespace PlanReports.Sample;

/// <summary>
/// One national standard of an indicator as the trajectory generator sees it: each is planned on its own
/// (store column <c>standard_position</c>).
/// </summary>
/// <param name="Position">Its place among the indicator's standards, from 1, as in <c>indicator_standard</c>.</param>
/// <param name="Measure">What it measures ("Admitted completed waits within 18 weeks"), or null.</param>
/// <param name="Threshold">Its figure as a percentage, or null where the seed names the standard without one.</param>
/// <param name="LessThan">Whether the plan must stay below the figure (the six-week diagnostic wait) rather than reach it.</param>
internal sealed record SampleStandard(int Position, string? Measure, double? Threshold, bool LessThan)
{
    /// <summary>Whether a planned value falls short of the standard; never for a standard without a figure.</summary>
    public bool Misses(double value) =>
        Threshold is { } threshold && StandardFigure.Misses(LessThan ? StandardDirection.LessThan : StandardDirection.AtLeast, threshold, value);
}
