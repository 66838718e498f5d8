using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>
/// Seed 000 §3 and seed 001 ¶5.12: trajectories for each PCT for each relevant indicator. "Relevant" is the
/// store's <c>indicator.planned_per_pct</c> flag, set when reference data is imported: an indicator is planned
/// per PCT unless it is a measure set with no single value, or is measured for NHS trusts (see ReferenceTables).
/// An indicator with several national standards is planned once per standard (<c>trajectory.standard_position</c>),
/// so a PCT that planned only some of them is reported with the standards it left out.
/// </summary>
internal sealed class TrajectoriesCompleteRule : IValidationRule
{
    public string Id => "trajectories-complete";

    public string Description => "every PCT has a trajectory for every indicator planned per PCT, one for each of its national standards, in each submission made (seed 000 §3)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        // The measures each relevant indicator is planned for: its standards' positions, or 1 where it has none.
        var relevant = context.Connection.Query<(string Code, long Position)>(
                """
                SELECT i.code, COALESCE(s.position, 1) FROM indicator i LEFT JOIN indicator_standard s ON s.indicator_code = i.code
                WHERE i.planned_per_pct = 1 ORDER BY i.code, 2
                """)
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        foreach (var submission in context.MadeIntegratedPlanSubmissions())
        {
            var planned = context.Connection
                .Query<(string Organisation, string Indicator, long Position)>(
                    "SELECT DISTINCT organisation_code, indicator_code, standard_position FROM trajectory WHERE submission_code = @Code", new { submission.Code })
                .ToHashSet();
            foreach (var pct in context.OfType("pct"))
            {
                var missing = relevant
                    .Select(i => (i.Key, Positions: i.Where(r => !planned.Contains((pct.Code, i.Key, r.Position))).Select(r => r.Position).ToList(), All: i.Count()))
                    .Where(m => m.Positions.Count > 0)
                    .Select(m => m.Positions.Count == m.All ? m.Key : $"{m.Key} (standard{(m.Positions.Count == 1 ? string.Empty : "s")} {string.Join(", ", m.Positions)})")
                    .ToList();
                if (missing.Count > 0)
                {
                    yield return new Finding(Id, Severity.Error, pct.Code, submission.Code,
                        $"no trajectory for {missing.Count} relevant indicator(s): {ValidationText.List(missing)}");
                }
            }
        }
    }
}
