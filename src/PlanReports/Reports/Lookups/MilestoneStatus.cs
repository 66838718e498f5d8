namespace PlanReports.Reports.Lookups;

/// <summary>A planned milestone with its latest reported status.</summary>
/// <param name="Status">The latest status code ('on-track', 'slipped', …), or null when no progress has been reported.</param>
/// <param name="StatusMonth">The month of that report, 'YYYY-MM', or null.</param>
internal sealed record MilestoneStatus(
    string Code,
    string OrganisationCode,
    string Category,
    string? QippProgrammeCode,
    string? NationalMilestoneCode,
    string OwnerName,
    string Title,
    string? EndState,
    string DueQuarter,
    string? Status,
    string? StatusMonth,
    string? Commentary)
{
    /// <summary>Status words in the order readers count them, for tables of counts.</summary>
    public static IReadOnlyList<string> StatusOrder { get; } = ["complete", "on-track", "at-risk", "slipped", "not-started"];

    /// <summary>The end state, or "Not stated".</summary>
    public string EndStateText => EndState ?? "Not stated";

    /// <summary>The latest commentary, or "No commentary recorded".</summary>
    public string CommentaryText => Commentary ?? "No commentary recorded";

    /// <summary>The status as a reader sees it; "No progress reported" when there is none.</summary>
    public string StatusLabel => LabelOf(Status);

    /// <summary>"Slipped (reported Jun 2012)": the status with when it was reported.</summary>
    public string StatusWithMonth => StatusMonth is null ? StatusLabel : $"{StatusLabel} (reported {DisplayFormat.Period(StatusMonth)})";

    /// <summary>The label of a status code.</summary>
    public static string LabelOf(string? status) => status switch
    {
        null => "No progress reported",
        "not-started" => "Not started",
        "on-track" => "On track",
        "at-risk" => "At risk",
        "slipped" => "Slipped",
        "complete" => "Complete",
        _ => throw new ArgumentException($"'{status}' is not a milestone status.", nameof(status)),
    };
}
