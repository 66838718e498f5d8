using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RagNarrativePack;

/// <summary>
/// One row of seed 000's narrative assurance template: the domain's RAG, commentary, key risks and mitigating
/// action, with the Annex 3 questions for the domain as prompts. Every text property says plainly what is missing.
/// </summary>
internal sealed record DomainNarrative(DomainAssessment Assessment, IReadOnlyList<string> Questions, Submission Submission)
{
    /// <summary>The domain.</summary>
    public AssuranceDomain Domain => Assessment.Domain;

    /// <summary>The rating, or null when not rated.</summary>
    public Rag? Rag => Assessment.Rag;

    /// <summary>The rating's word, or "Not rated".</summary>
    public string RatingText => Rag?.Label ?? "Not rated";

    /// <summary>The SHA cluster's commentary, or a plain statement that there is none.</summary>
    public string CommentaryText => Assessment.Commentary
        ?? $"No rating or commentary was recorded for this domain in the {Submission.MonthName} submission.";

    /// <summary>The key risks, or why there are none: not required in January, or not recorded in April.</summary>
    public string KeyRisksText => Assessment.KeyRisks
        ?? (Submission.RequiresKeyRisks
            ? $"No key risks were recorded for this domain in the {Submission.MonthName} submission."
            : $"Not required: key risks are required only in the April submission, and this is the {Submission.MonthName} submission.");

    /// <summary>The mitigating action, or why there is none.</summary>
    public string MitigatingActionText => Assessment.MitigatingAction
        ?? (Submission.RequiresKeyRisks
            ? $"No mitigating action was recorded for this domain in the {Submission.MonthName} submission."
            : "Not required: mitigating action is required only in the April submission.");
}
