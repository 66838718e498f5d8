namespace PlanReports.Reference;

/// <summary>The two submissions of a planning round.</summary>
public enum SubmissionKind
{
    /// <summary>The first (draft, or "first cut") submission.</summary>
    Initial,

    /// <summary>The final submission.</summary>
    Final,
}
