using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>Seed 003 Annex I ¶45: "Local areas should set an appropriate level of ambition for improvement against each of the national indicators, and the locally determined indicator."</summary>
internal sealed class BcfMetricAmbitionRule : IValidationRule
{
    public string Id => "bcf-metric-ambition";

    public string Description => "every metric of a BCF plan has an ambition: period, numerator and denominator (seed 003 Annex I ¶45)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var gaps = context.Connection.Query<(string Hwb, string Submission, string Metric)>(
            """
            SELECT m.hwb_code, p.submission_code, coalesce(m.metric_code, m.local_name)
            FROM bcf_metric_plan m JOIN bcf_plan p ON p.hwb_code = m.hwb_code
            WHERE trim(coalesce(m.ambition_period, '')) = '' OR m.ambition_numerator IS NULL OR m.ambition_denominator IS NULL
            ORDER BY m.hwb_code, m.position
            """);
        foreach (var plan in gaps.GroupBy(g => (g.Hwb, g.Submission)))
        {
            yield return new Finding(Id, Severity.Error, plan.Key.Hwb, plan.Key.Submission,
                $"no ambition set for metric(s) {ValidationText.List(plan.Select(g => $"'{g.Metric}'").ToList())}");
        }
    }
}
