using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>Cross-check: a decision letter is signed by someone of the organisation that issues it.</summary>
internal sealed class DecisionSignatoryRule : IValidationRule
{
    public string Id => "decision-signatory";

    public string Description => "a decision's signatory belongs to the organisation that issues it";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var rows = context.Connection.Query<(string Id, string Submission, string Issuer, string Signatory, string Name, string SignatoryOrganisation)>(
            """
            SELECT d.id, d.submission_code, d.issuer_code, c.id, c.name, c.organisation_code
            FROM decision d JOIN contact c ON c.id = d.signatory_id
            WHERE c.organisation_code <> d.issuer_code
            ORDER BY d.issuer_code, d.id
            """);
        foreach (var row in rows)
        {
            yield return new Finding(Id, Severity.Error, row.Issuer, row.Submission,
                $"decision {row.Id} is signed by {row.Name} ({row.Signatory}) of {row.SignatoryOrganisation}, not of the issuer {row.Issuer}");
        }
    }
}
