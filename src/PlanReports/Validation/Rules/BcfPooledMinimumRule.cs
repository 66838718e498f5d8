using System.Globalization;
using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>
/// Seed 003 Annex I ¶22: allocation letters specify the minimum the pooled budget must hold. The minimum is met
/// by the required contributions (the CCG minimum, the grants and the social care transfer); additional
/// voluntary contributions from CCGs or councils are on top of it and cannot make up a shortfall in them.
/// </summary>
internal sealed class BcfPooledMinimumRule : IValidationRule
{
    public string Id => "bcf-pooled-minimum";

    public string Description => "each BCF plan's required contributions reach the minimum of its allocation letter, per year (seed 003 Annex I ¶22)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var rows = context.Connection.Query<(string Hwb, string Submission, string Year, long Minimum, long Required, long Additional)>(
            """
            SELECT m.hwb_code, p.submission_code, m.year, m.amount_gbp,
                   coalesce((SELECT sum(f.amount_gbp) FROM bcf_fund_line f WHERE f.hwb_code = m.hwb_code AND f.year = m.year
                             AND f.source NOT IN ('ccg-additional', 'local-authority-additional')), 0),
                   coalesce((SELECT sum(f.amount_gbp) FROM bcf_fund_line f WHERE f.hwb_code = m.hwb_code AND f.year = m.year
                             AND f.source IN ('ccg-additional', 'local-authority-additional')), 0)
            FROM bcf_minimum m JOIN bcf_plan p ON p.hwb_code = m.hwb_code
            ORDER BY m.hwb_code, m.year
            """);
        foreach (var row in rows.Where(r => r.Required < r.Minimum))
        {
            var additional = row.Additional > 0
                ? string.Format(CultureInfo.InvariantCulture, " (additional contributions of £{0:N0} come on top of the minimum)", row.Additional)
                : string.Empty;
            yield return new Finding(Id, Severity.Error, row.Hwb, row.Submission, string.Format(
                CultureInfo.InvariantCulture,
                "{0} required contributions of £{1:N0} are £{2:N0} ({3:0.0}%) below the minimum of £{4:N0}{5}",
                row.Year, row.Required, row.Minimum - row.Required, 100.0 * (row.Minimum - row.Required) / row.Minimum, row.Minimum, additional));
        }
    }
}
