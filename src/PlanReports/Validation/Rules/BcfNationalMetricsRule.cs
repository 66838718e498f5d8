using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>Seed 003 Annex I ¶36: every BCF plan plans each of the national metrics.</summary>
internal sealed class BcfNationalMetricsRule : IValidationRule
{
    public string Id => "bcf-national-metrics";

    public string Description => "every BCF plan plans each national metric (seed 003 Annex I)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var national = context.Connection.Query<string>("SELECT code FROM bcf_metric WHERE kind = 'national' ORDER BY code").ToList();
        var planned = context.Connection
            .Query<(string Hwb, string Metric)>("SELECT hwb_code, metric_code FROM bcf_metric_plan WHERE metric_code IS NOT NULL")
            .ToHashSet();
        foreach (var plan in context.Connection.Query<(string Hwb, string Submission)>("SELECT hwb_code, submission_code FROM bcf_plan ORDER BY hwb_code"))
        {
            var missing = national.Where(m => !planned.Contains((plan.Hwb, m))).ToList();
            if (missing.Count > 0)
            {
                yield return new Finding(Id, Severity.Error, plan.Hwb, plan.Submission,
                    $"national metric(s) not planned: {ValidationText.List(missing)}");
            }
        }
    }
}
