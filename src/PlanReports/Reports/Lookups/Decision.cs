namespace PlanReports.Reports.Lookups;

/// <summary>
/// A formal decision a letter reports: DH sign-off, an SHA cluster's assurance of a PCT cluster, or NHS England's
/// approval of a BCF plan.
/// </summary>
internal sealed record Decision(
    string Id,
    string Kind,
    Submission Submission,
    string SubjectCode,
    Organisation Issuer,
    Contact Signatory,
    DateOnly? MeetingOn,
    DateOnly LetterOn,
    string? Reference,
    string Outcome,
    Rag? OverallRag,
    string Summary,
    DateOnly? NextReviewOn,
    IReadOnlyList<DecisionPart> Parts,
    IReadOnlyList<DecisionCondition> Conditions,
    IReadOnlyList<DecisionRisk> Risks)
{
    /// <summary>The outcome as a letter states it, e.g. "Assured with conditions".</summary>
    public string OutcomeLabel => Outcome switch
    {
        "assured" => "Assured",
        "assured-with-conditions" => "Assured with conditions",
        "not-assured" => "Not assured",
        "approved" => "Approved",
        "approved-with-support" => "Approved with support",
        "approved-subject-to-conditions" => "Approved subject to conditions",
        "not-approved" => "Not approved",
        _ => throw new InvalidOperationException($"Decision '{Id}' has outcome '{Outcome}', which the store does not allow."),
    };
}
