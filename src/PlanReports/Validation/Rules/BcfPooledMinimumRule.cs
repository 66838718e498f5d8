using System.Globalization;
using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>Seed 003 Annex I ¶22: allocation letters specify the minimum the pooled budget must hold; the fund lines must reach it.</summary>
internal sealed class BcfPooledMinimumRule : IValidationRule
{
    public string Id => "bcf-pooled-minimum";

    public string Description => "each BCF plan's pooled fund is at least the minimum of its allocation letter, per year (seed 003 Annex I ¶22)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var rows = context.Connection.Query<(string Hwb, string Submission, string Year, long Minimum, long Pooled)>(
            """
            SELECT m.hwb_code, p.submission_code, m.year, m.amount_gbp,
                   coalesce((SELECT sum(f.amount_gbp) FROM bcf_fund_line f WHERE f.hwb_code = m.hwb_code AND f.year = m.year), 0)
            FROM bcf_minimum m JOIN bcf_plan p ON p.hwb_code = m.hwb_code
            ORDER BY m.hwb_code, m.year
            """);
        foreach (var row in rows.Where(r => r.Pooled < r.Minimum))
        {
            yield return new Finding(Id, Severity.Error, row.Hwb, row.Submission, string.Format(
                CultureInfo.InvariantCulture,
                "{0} pooled fund of £{1:N0} is £{2:N0} below the minimum of £{3:N0}",
                row.Year, row.Pooled, row.Minimum - row.Pooled, row.Minimum));
        }
    }
}
