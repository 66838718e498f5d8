using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>
/// Seed 000 §3 and seed 001 ¶5.12: trajectories for each PCT for each relevant indicator. "Relevant" is the
/// store's <c>indicator.planned_per_pct</c> flag, set when reference data is imported: an indicator is planned
/// per PCT unless it is a measure set with no single value, or is measured for NHS trusts (see ReferenceTables).
/// </summary>
internal sealed class TrajectoriesCompleteRule : IValidationRule
{
    public string Id => "trajectories-complete";

    public string Description => "every PCT has a trajectory for every indicator planned per PCT in each submission made (seed 000 §3)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var relevant = context.Connection.Query<string>("SELECT code FROM indicator WHERE planned_per_pct = 1 ORDER BY code").ToList();
        foreach (var submission in context.MadeIntegratedPlanSubmissions())
        {
            var planned = context.Connection
                .Query<(string Organisation, string Indicator)>(
                    "SELECT DISTINCT organisation_code, indicator_code FROM trajectory WHERE submission_code = @Code", new { submission.Code })
                .ToHashSet();
            foreach (var pct in context.OfType("pct"))
            {
                var missing = relevant.Where(i => !planned.Contains((pct.Code, i))).ToList();
                if (missing.Count > 0)
                {
                    yield return new Finding(Id, Severity.Error, pct.Code, submission.Code,
                        $"no trajectory for {missing.Count} relevant indicator(s): {ValidationText.List(missing)}");
                }
            }
        }
    }
}
