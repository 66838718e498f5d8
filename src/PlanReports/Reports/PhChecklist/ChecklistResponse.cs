using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.PhChecklist;

/// <summary>A PCT cluster's answer to one Annex 6 prompt: status, evidence and any action with owner and date.</summary>
internal sealed record ChecklistResponse(string Status, string? Evidence, string? Action, string? ActionOwner, DateOnly? ActionDue)
{
    /// <summary>The status as readers see it.</summary>
    public string StatusLabel => LabelOf(Status);

    /// <summary>Whether the item is still open: in progress or not started.</summary>
    public bool IsOpen => Status is "in-progress" or "not-started";

    /// <summary>The evidence, or a plain statement that none was given.</summary>
    public string EvidenceText => Evidence ?? "No evidence recorded.";

    /// <summary>"Finish the service map. Owner: Director of Public Health. Due: 31 July 2012.", or a plain statement.</summary>
    public string ActionText => Action is null
        ? IsOpen ? "No action recorded." : "None needed."
        : Sentence(Action)
          + (ActionOwner is null ? string.Empty : $" Owner: {Sentence(ActionOwner)}")
          + (ActionDue is { } due ? $" Due: {DisplayFormat.Date(due)}." : string.Empty);

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    /// <summary>
    /// The label of a checklist status. Its words are joined by a no-break space (U+00A0), which the layout, Word
    /// and browsers all keep on one line, so a narrow status column never shows "In" above "progress".
    /// </summary>
    public static string LabelOf(string status) => status switch
    {
        "complete" => "Complete",
        "in-progress" => "In\u00A0progress",
        "not-started" => "Not\u00A0started",
        "not-applicable" => "Not\u00A0applicable",
        _ => throw new ArgumentException($"'{status}' is not a checklist status.", nameof(status)),
    };
}
