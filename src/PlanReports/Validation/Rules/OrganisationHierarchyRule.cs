namespace PlanReports.Validation.Rules;

/// <summary>
/// Cross-check of the accountability chain (seed 001 §5, seed 002): a PCT sits in a PCT cluster, a CCG in a
/// PCT cluster, a PCT cluster in an SHA cluster, an SHA cluster under the Department of Health.
/// </summary>
internal sealed class OrganisationHierarchyRule : IValidationRule
{
    private static readonly Dictionary<string, string> ParentType = new(StringComparer.Ordinal)
    {
        ["pct"] = "pct-cluster",
        ["ccg"] = "pct-cluster",
        ["pct-cluster"] = "sha-cluster",
        ["sha-cluster"] = "dh",
    };

    public string Id => "organisation-hierarchy";

    public string Description => "PCTs and CCGs sit in a PCT cluster, PCT clusters in an SHA cluster, SHA clusters under DH (seeds 001, 002)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var organisation in context.Organisations.Values)
        {
            if (!ParentType.TryGetValue(organisation.Type, out var expected))
            {
                continue;
            }

            if (organisation.ParentCode is null)
            {
                yield return new Finding(Id, Severity.Error, organisation.Code, null, $"a {organisation.Type} needs a parent {expected}; none is given");
            }
            else if (context.Organisations[organisation.ParentCode].Type != expected)
            {
                var parent = context.Organisations[organisation.ParentCode];
                yield return new Finding(Id, Severity.Error, organisation.Code, null,
                    $"parent {parent.Code} is a {parent.Type}; a {organisation.Type} belongs to a {expected}");
            }
        }
    }
}
