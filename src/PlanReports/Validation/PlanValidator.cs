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
        var findings = new List<Finding>();
        var infos = new List<ValidationRuleInfo>();
        foreach (var rule in rules)
        {
            var found = rule.Check(context).ToList();
            findings.AddRange(found);
            infos.Add(new ValidationRuleInfo(rule.Id, rule.Description, found.Count));
        }

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
