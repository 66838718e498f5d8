using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>
/// Seed 000 §5: the "Key Risks and mitigating action" column of the RAG narrative is required in the April
/// (final) submission only.
/// </summary>
internal sealed class FinalKeyRisksRule : IValidationRule
{
    public string Id => "final-key-risks";

    public string Description => "key risks and mitigating action are given for every rated domain in the final (April) submission (seed 000 §5)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var submission in context.IntegratedPlanSubmissions.Where(s => s.Stage == "final"))
        {
            var gaps = context.Connection.Query<(string Organisation, string Domain, string? Risks, string? Action)>(
                """
                SELECT r.organisation_code, d.name, r.key_risks, r.mitigating_action
                FROM domain_rating r JOIN assurance_domain d ON d.code = r.domain_code
                WHERE r.submission_code = @Code
                  AND (trim(coalesce(r.key_risks, '')) = '' OR trim(coalesce(r.mitigating_action, '')) = '')
                ORDER BY r.organisation_code, d.position
                """,
                new { submission.Code });
            foreach (var cluster in gaps.GroupBy(g => g.Organisation))
            {
                var parts = cluster.Select(g => g.Domain + " (" + Missing(g.Risks, g.Action) + ")").ToList();
                yield return new Finding(Id, Severity.Error, cluster.Key, submission.Code,
                    $"final submission lacks key risks or mitigating action for {ValidationText.List(parts, 13)}");
            }
        }
    }

    private static string Missing(string? risks, string? action) =>
        (ValidationText.IsBlank(risks), ValidationText.IsBlank(action)) switch
        {
            (true, true) => "no key risks, no mitigating action",
            (true, false) => "no key risks",
            _ => "no mitigating action",
        };
}
