using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>Seed 000 §4: "Each PCT cluster needs to report on their key 5-7 transformational QIPP programmes".</summary>
internal sealed class QippProgrammeCountRule : IValidationRule
{
    private const int Fewest = 5;
    private const int Most = 7;

    public string Id => "qipp-programme-count";

    public string Description => "each PCT cluster reports 5 to 7 key QIPP programmes in each submission made (seed 000 §4)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var submission in context.MadeIntegratedPlanSubmissions())
        {
            var counts = context.Connection
                .Query<(string Organisation, long Count)>(
                    "SELECT organisation_code, count(*) FROM qipp_programme WHERE submission_code = @Code GROUP BY organisation_code", new { submission.Code })
                .ToDictionary(c => c.Organisation, c => c.Count, StringComparer.Ordinal);
            foreach (var cluster in context.OfType("pct-cluster"))
            {
                var count = counts.GetValueOrDefault(cluster.Code);
                if (count is < Fewest or > Most)
                {
                    yield return new Finding(Id, Severity.Error, cluster.Code, submission.Code,
                        $"{count} key QIPP programme(s) reported; seed 000 §4 asks for the key {Fewest}-{Most}");
                }
            }
        }
    }
}
