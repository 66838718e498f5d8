namespace PlanReports.Components;

/// <summary>Which side of a national standard's figure a plan must be on.</summary>
public enum StandardDirection
{
    /// <summary>The figure or more ("75 per cent of Category A calls …"): seed 001's 'at-least'.</summary>
    AtLeast,

    /// <summary>Below the figure ("less than 1 per cent of patients …"): seed 001's 'less-than'.</summary>
    LessThan,

    /// <summary>
    /// The figure or less: a lower-is-better headline in a store filled before <c>indicator_standard</c> held every
    /// standard, read as it was then.
    /// </summary>
    AtMost,
}
