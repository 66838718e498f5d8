namespace PlanReports.Components;

/// <summary>
/// The trajectories planned against one national standard, rolled up across an area and set against that standard's
/// own figure; a row of the trajectory-table component.
/// </summary>
/// <param name="Indicator">The indicator's name as the reference data gives it, with the standard's measure where it has several.</param>
/// <param name="Standard">The national standard as seed 001 states it.</param>
/// <param name="Unit">The indicator's unit ("percentage", "count", …), which decides how values are written.</param>
/// <param name="Period">The period the plan value is for, in words, e.g. "March 2013".</param>
/// <param name="Planned">The rolled-up planned value; null where no organisation submitted one.</param>
/// <param name="RollUp">How the value was rolled up, in words: "sum of 5 PCT plans" or "average of 5 PCT plans".</param>
/// <param name="MeetingStandard">How many organisations plan to meet the standard.</param>
/// <param name="Organisations">How many organisations submitted a plan for this indicator.</param>
/// <param name="Untested">Where the plans are not tested against this standard (it states no figure, or no PCT
/// planned against it), what the reader is told instead; else null.</param>
/// <param name="Threshold">The figure the plans are tested against, in words ("at least 90%"), or null.</param>
public sealed record TrajectoryRow(
    string Indicator,
    string Standard,
    string Unit,
    string Period,
    decimal? Planned,
    string RollUp,
    int MeetingStandard,
    int Organisations,
    string? Untested = null,
    string? Threshold = null);
