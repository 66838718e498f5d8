using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>
/// Seed 000 §4 and Annex 2: "PCT clusters and SHA clusters must reflect all relevant milestones in their local
/// milestone set". The relevant ones are those Annex 2 addresses to the organisation's type
/// (<c>national_milestone.audience</c>); a local milestone reflects one by naming it in
/// <c>milestone.national_milestone_code</c>.
/// </summary>
internal sealed class NationalMilestonesReflectedRule : IValidationRule
{
    public string Id => "annex2-milestones";

    public string Description => "each PCT and SHA cluster's milestones reflect every Annex 2 national minimum expectation addressed to it (seed 000 §4, Annex 2)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var expectations = context.Connection
            .Query<(string Code, string Audience)>("SELECT code, audience FROM national_milestone ORDER BY code")
            .ToLookup(e => e.Audience, e => e.Code);
        foreach (var submission in context.MadeIntegratedPlanSubmissions())
        {
            var reflected = context.Connection
                .Query<(string Organisation, string Expectation)>(
                    "SELECT DISTINCT organisation_code, national_milestone_code FROM milestone WHERE submission_code = @Code AND national_milestone_code IS NOT NULL",
                    new { submission.Code })
                .ToHashSet();
            foreach (var organisation in context.OfType("pct-cluster").Concat(context.OfType("sha-cluster")))
            {
                var missing = expectations[organisation.Type].Where(e => !reflected.Contains((organisation.Code, e))).ToList();
                if (missing.Count > 0)
                {
                    yield return new Finding(Id, Severity.Error, organisation.Code, submission.Code,
                        $"no milestone reflects Annex 2 expectation(s) {ValidationText.List(missing)}");
                }
            }
        }
    }
}
