namespace PlanReports.Reference;

/// <summary>What a trajectory value of an indicator counts. Assigned by PlanReports: the seeds do not state units.</summary>
public enum IndicatorUnit
{
    /// <summary>A share of 100.</summary>
    Percentage,

    /// <summary>A number of events, people, beds or places.</summary>
    Count,

    /// <summary>Money, in pounds sterling.</summary>
    Pounds,

    /// <summary>A score on a scale the measure defines.</summary>
    Score,

    /// <summary>The seed names several measures in one bullet (for example "Mental health measures (…)").</summary>
    MeasureSet,
}
