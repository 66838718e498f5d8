using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>
/// Seed 003 Annex I ¶41–43: one additional local metric, either from the ¶42 menu or a local alternative that
/// meets the ¶43 criteria. A local alternative's justification must speak to at least one criterion; each is
/// recognised by the words the seed uses for it.
/// </summary>
internal sealed class BcfLocalMetricRule : IValidationRule
{
    /// <summary>The ¶43 criteria, each with the words a justification addressing it would use.</summary>
    private static readonly (string Criterion, string[] Words)[] Criteria =
    [
        ("a clear, demonstrable link with the Joint Health and Wellbeing Strategy", ["health and wellbeing strategy", "jhws"]),
        ("robust and reliable data", ["robust", "reliable", "data quality", "small numbers"]),
        ("an established, reliable (ideally published) source", ["established", "published", "source"]),
        ("timely data", ["timely", "timeliness"]),
        ("a suitably challenging ambition", ["challenging", "stretching"]),
        ("the right incentives", ["incentive"]),
    ];

    public string Id => "bcf-local-metric";

    public string Description => "every BCF plan has one local metric, from the menu or a local alternative justified against the ¶43 criteria (seed 003 Annex I)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var locals = context.Connection
            .Query<(string Hwb, string? Metric, string? Kind, string? Name, string? Justification)>(
                """
                SELECT m.hwb_code, m.metric_code, b.kind, m.local_name, m.local_justification
                FROM bcf_metric_plan m LEFT JOIN bcf_metric b ON b.code = m.metric_code
                WHERE m.metric_code IS NULL OR b.kind = 'local-menu'
                """)
            .ToLookup(l => l.Hwb);
        foreach (var plan in context.Connection.Query<(string Hwb, string Submission)>("SELECT hwb_code, submission_code FROM bcf_plan ORDER BY hwb_code"))
        {
            var chosen = locals[plan.Hwb].ToList();
            if (chosen.Count == 0)
            {
                yield return new Finding(Id, Severity.Error, plan.Hwb, plan.Submission,
                    "no local metric: choose one from the menu of seed 003 Annex I ¶42 or agree a justified local alternative");
                continue;
            }

            if (chosen.Count > 1)
            {
                yield return new Finding(Id, Severity.Error, plan.Hwb, plan.Submission,
                    $"{chosen.Count} local metrics where seed 003 Annex I ¶41 provides for one");
            }

            foreach (var local in chosen.Where(l => l.Metric is null && !Addresses(l.Justification)))
            {
                yield return new Finding(Id, Severity.Error, plan.Hwb, plan.Submission,
                    $"local alternative metric '{local.Name}' is not justified against any ¶43 criterion ({string.Join("; ", Criteria.Select(c => c.Criterion))})");
            }
        }
    }

    public static bool Addresses(string? justification) =>
        justification is not null
        && Criteria.Any(c => c.Words.Any(w => justification.Contains(w, StringComparison.OrdinalIgnoreCase)));
}
