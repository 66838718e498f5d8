using PlanReports.Components;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.PctAssuranceLetter;

/// <summary>
/// What the SHA cluster's assurance letter to one PCT cluster says (seed 000 section 5): the overall assessment,
/// the domains rated red or amber with the reason, the trajectories against each national standard, conditions and
/// actions, and the next review.
/// </summary>
/// <param name="Cluster">The PCT cluster written to.</param>
/// <param name="ShaCluster">The SHA cluster writing.</param>
/// <param name="Recipient">The PCT cluster's chief executive, or null when none is recorded.</param>
/// <param name="Submission">The submission assured: the decision's, or the latest rated one when there is no decision.</param>
/// <param name="Decision">The SHA cluster's assurance decision, or null when none is recorded.</param>
/// <param name="Domains">Every domain with this cluster's rating in <paramref name="Submission"/>.</param>
/// <param name="Sender">The SHA cluster, for the letterhead.</param>
/// <param name="Addressee">The PCT cluster's chief executive, or the role itself when the store names nobody.</param>
/// <param name="Signatory">The decision's signatory, or the SHA cluster's chief executive without a decision.</param>
/// <param name="Trajectories">The cluster's PCT trajectories rolled up against each national standard, one row per standard.</param>
internal sealed record PctAssuranceLetterModel(
    Organisation Cluster,
    Organisation ShaCluster,
    Contact? Recipient,
    Submission Submission,
    Decision? Decision,
    IReadOnlyList<DomainAssessment> Domains,
    Correspondent Sender,
    Correspondent Addressee,
    Correspondent Signatory,
    IReadOnlyList<TrajectoryRow> Trajectories)
{
    /// <summary>The domains rated red or amber, red first, then in the seed's order.</summary>
    public IReadOnlyList<DomainAssessment> DomainsNeedingAction =>
        Domains.Where(d => d.Rag is { Severity: > 0 })
            .OrderByDescending(d => d.Rag!.Severity)
            .ThenBy(d => d.Domain.Position)
            .ToList();

    /// <summary>The domains the submission holds no rating for.</summary>
    public IReadOnlyList<DomainAssessment> DomainsNotRated => Domains.Where(d => d.Rag is null).ToList();

    /// <summary>How many domains carry each rating, worst first: "2 red, 3 amber and 8 green".</summary>
    public string RatingCounts
    {
        get
        {
            var parts = Rag.Scale.Select(r => $"{Domains.Count(d => d.Rag == r)} {r.Code}").ToList();
            return $"{parts[0]}, {parts[1]} and {parts[2]}";
        }
    }

    /// <summary>The sentence on the next review; says plainly when no date is set.</summary>
    public string NextReviewText => Decision?.NextReviewOn is { } on
        ? $"We will review progress with you on {DisplayFormat.Date(on)}."
        : "No date has yet been set for the next review; we will write to you to agree one.";

    // Fluid's strict mode treats a null member as undefined, so templates read these never-null members.

    /// <summary>Whether an assurance decision is recorded.</summary>
    public bool HasDecision => Decision is not null;

    /// <summary>The decision's reference, or empty.</summary>
    public string Reference => Decision?.Reference ?? string.Empty;

    /// <summary>The outcome's store value ('assured', …), or empty without a decision.</summary>
    public string Outcome => Decision?.Outcome ?? string.Empty;

    /// <summary>The decision's summary, or empty.</summary>
    public string Summary => Decision?.Summary ?? string.Empty;

    /// <summary>The overall rating's word in lower case ("amber"), or empty when none is recorded.</summary>
    public string OverallRating => Decision?.OverallRag?.Label.ToLowerInvariant() ?? string.Empty;

    /// <summary>The decision's conditions and actions; empty without a decision.</summary>
    public IReadOnlyList<DecisionCondition> Conditions => Decision?.Conditions ?? [];

    /// <summary>The letter's date as printed.</summary>
    public string LetterDateText => DisplayFormat.Date(LetterDate);

    /// <summary>The letter's date: the decision's, or the submission's due date when no decision is recorded.</summary>
    public DateOnly LetterDate => Decision?.LetterOn ?? Submission.DueOn;
}
