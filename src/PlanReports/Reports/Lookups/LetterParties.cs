using System.Data;
using PlanReports.Components;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// Who a letter is from and to, as the runner's letterhead, address and signature components show them. Where the
/// store names no person for a role, the letter is addressed or signed by the role itself ("The Chief Executive"),
/// as formal letters are, rather than left blank or given an invented name.
/// </summary>
internal static class LetterParties
{
    /// <summary>The organisation as a letterhead shows it.</summary>
    public static Correspondent Organisation(IDbConnection store, Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return CorrespondentQueries.Organisation(store, organisation.Code);
    }

    /// <summary>
    /// The holder of <paramref name="roleKey"/> at the organisation, or the role itself ("The Chief Executive") at
    /// the organisation's address when the store names nobody.
    /// </summary>
    public static Correspondent RoleHolder(IDbConnection store, Organisation organisation, string roleKey, string roleTitle)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return CorrespondentQueries.ByRole(store, organisation.Code, roleKey) switch
        {
            [var first, ..] => first,
            [] => new Correspondent(
                "The " + roleTitle,
                roleTitle,
                organisation.Name,
                CorrespondentQueries.AddressLines(string.Join('\n', organisation.AddressLines), organisation.Postcode),
                "Dear " + roleTitle,
                string.Empty),
        };
    }

    /// <summary>The contact with this id.</summary>
    /// <exception cref="InvalidOperationException">No contact has this id.</exception>
    public static Correspondent Contact(IDbConnection store, string contactId) =>
        CorrespondentQueries.ById(store, contactId)
        ?? throw new InvalidOperationException($"The store names contact '{contactId}' as a signatory, but holds no contact with that id.");
}
