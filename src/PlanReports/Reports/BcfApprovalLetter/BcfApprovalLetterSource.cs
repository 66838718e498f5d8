using System.Data;
using PlanReports.Reports.BcfPlanPack;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfApprovalLetter;

/// <summary>Fills NHS England's approval letter: one per Health and Wellbeing Board with a plan.</summary>
internal sealed class BcfApprovalLetterSource(IDbConnection connection)
{
    /// <summary>Every Health and Wellbeing Board.</summary>
    public IReadOnlyList<Organisation> Targets() => new OrganisationLookup(connection).AllOfType("hwb");

    /// <summary>The letter to one HWB.</summary>
    /// <exception cref="InvalidOperationException">The HWB has no plan in the store: there is nothing to approve.</exception>
    public BcfApprovalLetterModel Load(string hwbCode)
    {
        var organisations = new OrganisationLookup(connection);
        var query = new BcfPlanQuery(connection);
        var hwb = organisations.Get(hwbCode);
        var plan = query.Plan(hwbCode)
            ?? throw new InvalidOperationException($"{hwb.Name} ({hwbCode}) has no Better Care Fund plan in the store (table bcf_plan), so there is no approval letter to write.");
        var decision = new DecisionQuery(connection).Find("bcf-approval", hwbCode, plan.SubmissionCode);
        var issuer = decision?.Issuer ?? organisations.AllOfType("nhs-england").FirstOrDefault()
            ?? throw new InvalidOperationException("The store holds no NHS England organisation (type 'nhs-england') to issue the approval letter.");
        return new BcfApprovalLetterModel(
            hwb,
            organisations.Contact(hwbCode, "hwb-chair"),
            organisations.Linked(hwbCode, "hwb-council"),
            organisations.Linked(hwbCode, "hwb-ccg"),
            decision,
            DisplayFormat.ParseIso(plan.SubmittedOn),
            query.Payments(plan.PerformancePool),
            query.Conditions(hwbCode),
            LetterParties.Organisation(connection, issuer),
            LetterParties.RoleHolder(connection, hwb, "hwb-chair", "Chair of the Health and Wellbeing Board"),
            decision is null
                ? LetterParties.RoleHolder(connection, issuer, "signatory", "Director")
                : LetterParties.Contact(connection, decision.Signatory.Id));
    }
}
