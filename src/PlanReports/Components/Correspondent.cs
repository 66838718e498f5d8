namespace PlanReports.Components;

/// <summary>
/// A person a letter is from, to or copied to, as the address, signature and letterhead components show them.
/// Every member is present (empty text or list where the store has nothing), so templates never meet a null.
/// </summary>
/// <param name="Name">The person's name, e.g. "David Flory".</param>
/// <param name="JobTitle">Their role, e.g. "Chief Executive".</param>
/// <param name="Organisation">Their organisation's name.</param>
/// <param name="AddressLines">Postal address lines of the organisation, postcode last; empty if not recorded.</param>
/// <param name="Salutation">How a letter to them opens, e.g. "Dear Neil".</param>
/// <param name="Email">Their email address, or empty.</param>
public sealed record Correspondent(
    string Name,
    string JobTitle,
    string Organisation,
    IReadOnlyList<string> AddressLines,
    string Salutation,
    string Email);
