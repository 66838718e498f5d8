namespace PlanReports.Reports.BcfPlanPack;

/// <summary>
/// One of the six national conditions (seed 003 Annex I paragraph 31) with this area's status and explanation.
/// </summary>
/// <param name="Status">'met', 'on-track' or 'not-met', or null when the plan records none.</param>
/// <param name="AprilPayment">Whether the April 2015 conditions payment depends on it.</param>
internal sealed record ConditionStatus(int Position, string Code, string Name, string? Status, string? Explanation, bool AprilPayment)
{
    /// <summary>The status as readers see it.</summary>
    public string StatusLabel => Status switch
    {
        null => "No status recorded",
        "met" => "Met",
        "on-track" => "On track",
        "not-met" => "Not met",
        _ => throw new InvalidOperationException($"'{Status}' is not a condition status."),
    };

    /// <summary>The local explanation, or a plain statement that there is none.</summary>
    public string ExplanationText => Explanation ?? "The plan gives no explanation for this condition.";
}
