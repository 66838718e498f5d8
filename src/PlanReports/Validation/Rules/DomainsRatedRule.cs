using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>Seed 000 §5: the SHA cluster RAG rates each key domain of every PCT cluster plan (13 domains), per submission.</summary>
internal sealed class DomainsRatedRule : IValidationRule
{
    public string Id => "domains-rated";

    public string Description => "every PCT cluster is rated on all 13 assurance domains in each submission made (seed 000 §5)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var domains = context.Connection.Query<(string Code, string Name)>("SELECT code, name FROM assurance_domain ORDER BY position").ToList();
        foreach (var submission in context.MadeIntegratedPlanSubmissions())
        {
            var rated = context.Connection
                .Query<(string Organisation, string Domain)>(
                    "SELECT organisation_code, domain_code FROM domain_rating WHERE submission_code = @Code", new { submission.Code })
                .ToHashSet();
            foreach (var cluster in context.OfType("pct-cluster"))
            {
                var missing = domains.Where(d => !rated.Contains((cluster.Code, d.Code))).Select(d => d.Name).ToList();
                if (missing.Count == domains.Count)
                {
                    yield return new Finding(Id, Severity.Error, cluster.Code, submission.Code, "no domain is RAG rated");
                }
                else if (missing.Count > 0)
                {
                    yield return new Finding(Id, Severity.Error, cluster.Code, submission.Code,
                        $"{missing.Count} of {domains.Count} domains not RAG rated: {ValidationText.List(missing, 13)}");
                }
            }
        }
    }
}
