namespace PlanReports.Reference;

/// <summary>How a measured value is compared with a national standard's threshold.</summary>
public enum StandardComparison
{
    /// <summary>"75 per cent of …": met when the value is at least the threshold.</summary>
    AtLeast,

    /// <summary>"less than 1 per cent of …": met when the value is below the threshold.</summary>
    LessThan,
}
