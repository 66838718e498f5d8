using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>Cross-check: RAG ratings are given to PCT cluster plans (seed 000 §5), so a rating of any other organisation is misfiled.</summary>
internal sealed class RatedOrganisationRule : IValidationRule
{
    public string Id => "rating-subject";

    public string Description => "domain ratings are of PCT clusters (seed 000 §5)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var rows = context.Connection.Query<(string Submission, string Organisation, long Count)>(
            """
            SELECT r.submission_code, r.organisation_code, count(*)
            FROM domain_rating r JOIN organisation o ON o.code = r.organisation_code
            WHERE o.type <> 'pct-cluster'
            GROUP BY r.submission_code, r.organisation_code
            """);
        foreach (var row in rows)
        {
            var type = context.Organisations[row.Organisation].Type;
            yield return new Finding(Id, Severity.Error, row.Organisation, row.Submission,
                $"{row.Count} domain rating(s) given to a {type}; only PCT cluster plans are RAG rated");
        }
    }
}
