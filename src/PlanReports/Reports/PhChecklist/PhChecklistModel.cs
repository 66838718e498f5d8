using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.PhChecklist;

/// <summary>
/// The public health checklist report of one PCT cluster with its local authorities (seed 000 Annex 6), and the
/// public health milestones of Annex 2 with their status.
/// </summary>
internal sealed record PhChecklistModel(
    Organisation Cluster,
    Organisation ShaCluster,
    IReadOnlyList<Organisation> LocalAuthorities,
    Submission Submission,
    IReadOnlyList<ChecklistItem> Sections,
    IReadOnlyList<PublicHealthMilestone> Milestones)
{
    /// <summary>The local authorities in words: "Alpha City Council and Alphashire County Council", or a plain statement.</summary>
    public string LocalAuthorityNames => LocalAuthorities.Count switch
    {
        0 => "no local authority recorded in the store",
        1 => LocalAuthorities[0].Name,
        _ => string.Join(", ", LocalAuthorities.Take(LocalAuthorities.Count - 1).Select(a => a.Name)) + " and " + LocalAuthorities[^1].Name,
    };

    /// <summary>Every prompt and sub-prompt in checklist order.</summary>
    public IReadOnlyList<ChecklistItem> Prompts => Sections.SelectMany(s => s.Children.SelectMany(c => c.SelfAndDescendants())).ToList();

    /// <summary>Prompts still open (in progress or not started), in checklist order.</summary>
    public IReadOnlyList<ChecklistItem> OpenItems => Prompts.Where(p => p.Response is { IsOpen: true }).ToList();

    /// <summary>Prompts with no response at all.</summary>
    public IReadOnlyList<ChecklistItem> Unanswered => Prompts.Where(p => p.Response is null).ToList();

    /// <summary>Whether the cluster recorded any response in this submission.</summary>
    public bool HasResponses => Prompts.Any(p => p.Response is not null);

    /// <summary>How many prompts stand at each status, in a fixed order, then the unanswered.</summary>
    public IReadOnlyList<StatusCount> StatusCounts =>
        new[] { "complete", "in-progress", "not-started", "not-applicable" }
            .Select(s => new StatusCount(ChecklistResponse.LabelOf(s), Prompts.Count(p => p.Response?.Status == s)))
            .Append(new StatusCount("No response recorded", Unanswered.Count))
            .ToList();
}
