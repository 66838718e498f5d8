using PlanReports.Components;
using PlanReports.Reports.BcfPlanPack;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfApprovalLetter;

/// <summary>
/// NHS England's letter to a Health and Wellbeing Board on the assurance of its Better Care Fund plan: the outcome,
/// its conditions, and what it means for this area's performance-related funding.
/// </summary>
/// <param name="Chair">The HWB chair the letter is addressed to, or null when none is recorded.</param>
/// <param name="Decision">NHS England's decision, or null when none is recorded.</param>
/// <param name="Payments">This area's payment-for-performance element, split as in the plan pack.</param>
/// <param name="Conditions">The six national conditions with this area's status, as in the plan pack.</param>
/// <param name="Sender">NHS England, for the letterhead.</param>
/// <param name="Addressee">The HWB chair, or the role itself when the store names nobody.</param>
/// <param name="Signatory">The decision's signatory, or NHS England's signatory without a decision.</param>
internal sealed record BcfApprovalLetterModel(
    Organisation Hwb,
    Contact? Chair,
    IReadOnlyList<Organisation> Councils,
    IReadOnlyList<Organisation> Ccgs,
    Decision? Decision,
    DateOnly SubmittedOn,
    PaymentForPerformance Payments,
    IReadOnlyList<ConditionStatus> Conditions,
    Correspondent Sender,
    Correspondent Addressee,
    Correspondent Signatory)
{
    /// <summary>Who else receives the letter: the constituent councils and CCGs.</summary>
    public IReadOnlyList<Organisation> CopiedTo => [.. Councils, .. Ccgs];

    /// <summary>The conditions the April 2015 conditions payment depends on that are not yet met.</summary>
    public IReadOnlyList<ConditionStatus> AprilConditionsNotMet =>
        Conditions.Where(c => c.AprilPayment && c.Status != "met").ToList();

    /// <summary>The letter's date: the decision's, or the plan's submission date when no decision is recorded.</summary>
    public DateOnly LetterDate => Decision?.LetterOn ?? SubmittedOn;

    // Fluid's strict mode treats a null member as undefined, so templates read these never-null members.

    /// <summary>Whether NHS England's decision is recorded.</summary>
    public bool HasDecision => Decision is not null;

    /// <summary>The decision's reference, or empty.</summary>
    public string Reference => Decision?.Reference ?? string.Empty;

    /// <summary>The outcome's store value ('approved', …), or empty without a decision.</summary>
    public string Outcome => Decision?.Outcome ?? string.Empty;

    /// <summary>The decision's summary, or empty.</summary>
    public string Summary => Decision?.Summary ?? string.Empty;

    /// <summary>The decision's conditions; empty without a decision.</summary>
    public IReadOnlyList<DecisionCondition> DecisionConditions => Decision?.Conditions ?? [];

    /// <summary>The date the plan was submitted, as printed.</summary>
    public string SubmittedText => UkFormat.DateWithWeekday(SubmittedOn);

    /// <summary>The letter's date as printed.</summary>
    public string LetterDateText => DisplayFormat.Date(LetterDate);
}
