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
        return new BcfApprovalLetterModel(
            hwb,
            organisations.Contact(hwbCode, "hwb-chair"),
            organisations.Linked(hwbCode, "hwb-council"),
            organisations.Linked(hwbCode, "hwb-ccg"),
            new DecisionQuery(connection).Find("bcf-approval", hwbCode, plan.SubmissionCode),
            DisplayFormat.ParseIso(plan.SubmittedOn),
            query.Payments(plan.PerformancePool),
            query.Conditions(hwbCode));
    }
}
