using PlanReports.Concurrency;
using PlanReports.Store;
using PlanReports.Validation.Rules;

namespace PlanReports.Validation;

/// <summary>Runs every validation rule from the seeds over the store.</summary>
public sealed class PlanValidator
{
    private readonly IReadOnlyList<IValidationRule> rules;

    /// <summary>A validator with every rule.</summary>
    public PlanValidator()
        : this(AllRules())
    {
    }

    internal PlanValidator(IReadOnlyList<IValidationRule> rules)
    {
        this.rules = rules;
    }

    /// <summary>The ids of the rules, in run order.</summary>
    public IReadOnlyList<string> RuleIds => rules.Select(r => r.Id).ToList();

    public ValidationReport Validate(PlanStore store)
    {
        using var connection = store.OpenReadOnly();
        var context = new ValidationContext(connection);
        var found = RunRules(store, context);
        var findings = found.SelectMany(f => f).ToList();
        var infos = rules.Select((rule, i) => new ValidationRuleInfo(rule.Id, rule.Description, found[i].Count)).ToList();

        var sorted = findings
            .OrderBy(f => f.OrganisationCode, StringComparer.Ordinal)
            .ThenBy(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.SubmissionCode ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        var organisations = sorted.Select(f => f.OrganisationCode).Distinct()
            .ToDictionary(code => code, code => context.Organisations.GetValueOrDefault(code) ?? new ValidationOrganisation(code, "(not in the store)", "unknown", null), StringComparer.Ordinal);
        return new ValidationReport(sorted, organisations, infos);
    }

    /// <summary>
    /// Each rule's findings, in rule order. The rules are independent queries over a store nobody writes meanwhile, and
    /// much of their time is compiling their queries' readers on first use, so they run side by side, each on a
    /// connection of its own; the findings are kept per rule, so their order does not depend on which finished first.
    /// </summary>
    private List<Finding>[] RunRules(PlanStore store, ValidationContext context)
    {
        var found = new List<Finding>[rules.Count];
        Concurrently.ForEach(rules.Count, i =>
        {
            using var own = store.OpenReadOnly();
            found[i] = rules[i].Check(context.On(own)).ToList();
        });
        return found;
    }

    private static IReadOnlyList<IValidationRule> AllRules() =>
    [
        new OrganisationHierarchyRule(),
        new DomainsRatedRule(),
        new RatedOrganisationRule(),
        new FinalKeyRisksRule(),
        new TrajectoriesCompleteRule(),
        new QippProgrammeCountRule(),
        new QippSavingsShareRule(),
        new EverydayMilestoneRule(),
        new NationalMilestonesReflectedRule(),
        new DecisionSignatoryRule(),
        new BcfConditionsRule(),
        new BcfNationalMetricsRule(),
        new BcfLocalMetricRule(),
        new BcfMetricAmbitionRule(),
        new BcfPooledMinimumRule(),
    ];
}
