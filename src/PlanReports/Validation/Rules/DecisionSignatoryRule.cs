using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>
/// Cross-check: a decision letter is signed by someone of the organisation that issues it, or of one of its
/// parts (an NHS England local area team, a local office of NHS England, signs for it).
/// </summary>
internal sealed class DecisionSignatoryRule : IValidationRule
{
    public string Id => "decision-signatory";

    public string Description => "a decision's signatory belongs to the issuing organisation or one of its parts";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var rows = context.Connection.Query<(string Id, string Submission, string Issuer, string Signatory, string Name, string SignatoryOrganisation)>(
            """
            SELECT d.id, d.submission_code, d.issuer_code, c.id, c.name, c.organisation_code
            FROM decision d JOIN contact c ON c.id = d.signatory_id
            ORDER BY d.issuer_code, d.id
            """);
        foreach (var row in rows.Where(r => !IsPartOf(context, r.SignatoryOrganisation, r.Issuer)))
        {
            yield return new Finding(Id, Severity.Error, row.Issuer, row.Submission,
                $"decision {row.Id} is signed by {row.Name} ({row.Signatory}) of {row.SignatoryOrganisation}, which is not the issuer {row.Issuer} or part of it");
        }
    }

    /// <summary>
    /// True when <paramref name="organisation"/> is the issuer or one of its local offices. Only local area teams
    /// are offices (of NHS England); an SHA cluster also sits under DH in the hierarchy, but is accountable to it,
    /// not part of it, so it cannot sign for DH.
    /// </summary>
    private static bool IsPartOf(ValidationContext context, string organisation, string issuer) =>
        organisation == issuer
        || (context.Organisations.TryGetValue(organisation, out var found) && found.Type == "local-area-team" && found.ParentCode == issuer);
}
