using System.Data;
using Dapper;
using PlanReports.Components;

namespace PlanReports.Reports;

/// <summary>Reads organisations and contacts as <see cref="Correspondent"/>s for letters.</summary>
public static class CorrespondentQueries
{
    private const string ContactSelect = """
        SELECT c.name AS Name, c.job_title AS JobTitle, o.name AS Organisation, o.address AS Address,
               o.postcode AS Postcode, c.salutation AS Salutation, c.email AS Email
        FROM contact c JOIN organisation o ON o.code = c.organisation_code
        """;

    /// <summary>The contact with this id, or null.</summary>
    public static Correspondent? ById(IDbConnection store, string contactId) =>
        store.QuerySingleOrDefault<ContactRow>(ContactSelect + " WHERE c.id = @contactId", new { contactId })?.ToCorrespondent();

    /// <summary>Contacts of an organisation with a role, ordered by id.</summary>
    public static IReadOnlyList<Correspondent> ByRole(IDbConnection store, string organisationCode, string roleKey) =>
        store.Query<ContactRow>(ContactSelect + " WHERE c.organisation_code = @organisationCode AND c.role_key = @roleKey ORDER BY c.id",
                new { organisationCode, roleKey })
            .Select(r => r.ToCorrespondent())
            .ToList();

    /// <summary>An organisation as a letterhead shows it: its name and address, no person.</summary>
    public static Correspondent Organisation(IDbConnection store, string organisationCode)
    {
        var row = store.QuerySingleOrDefault<ContactRow>(
                "SELECT '' AS Name, '' AS JobTitle, name AS Organisation, address AS Address, postcode AS Postcode, '' AS Salutation, '' AS Email FROM organisation WHERE code = @organisationCode",
                new { organisationCode })
            ?? throw new InvalidOperationException($"The store has no organisation with code '{organisationCode}'.");
        return row.ToCorrespondent();
    }

    /// <summary>Address lines from the store's line-feed separated address and postcode, blanks dropped.</summary>
    public static IReadOnlyList<string> AddressLines(string? address, string? postcode) =>
        (address ?? string.Empty).Split('\n')
            .Append(postcode ?? string.Empty)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();

    private sealed record ContactRow(string Name, string JobTitle, string Organisation, string? Address, string? Postcode, string Salutation, string? Email)
    {
        public Correspondent ToCorrespondent() =>
            new(Name, JobTitle, Organisation, AddressLines(Address, Postcode), Salutation, Email ?? string.Empty);
    }
}
