using System.Globalization;
using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>
/// Seed 000 §4: the key programmes' aggregate savings "should represent a meaningful amount of the planned
/// savings - we would expect this to exceed 50%". Judged per year against <c>planned_savings</c>; an
/// expectation, so a warning.
/// </summary>
internal sealed class QippSavingsShareRule : IValidationRule
{
    private const double ExpectedShare = 0.5;

    public string Id => "qipp-savings-share";

    public string Description => "the key QIPP programmes' savings exceed 50% of planned savings in each year (seed 000 §4)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var rows = context.Connection.Query<(string Submission, string Organisation, string Year, double Planned, double Key)>(
            """
            SELECT p.submission_code, p.organisation_code, p.year, p.amount_k,
                   coalesce((SELECT sum(CASE p.year WHEN '2012/13' THEN q.savings_2012_13_k
                                                    WHEN '2013/14' THEN q.savings_2013_14_k
                                                    ELSE q.savings_2014_15_k END)
                             FROM qipp_programme q
                             WHERE q.submission_code = p.submission_code AND q.organisation_code = p.organisation_code), 0)
            FROM planned_savings p
            WHERE p.amount_k > 0
            ORDER BY p.organisation_code, p.submission_code, p.year
            """);
        foreach (var row in rows)
        {
            var share = row.Key / row.Planned;
            if (share <= ExpectedShare)
            {
                yield return new Finding(Id, Severity.Warning, row.Organisation, row.Submission, string.Format(
                    CultureInfo.InvariantCulture,
                    "key programmes' {0} savings of £{1:N0}k are {2:0.0}% of planned savings of £{3:N0}k; seed 000 §4 expects more than 50%",
                    row.Year, row.Key, share * 100, row.Planned));
            }
        }
    }
}
