namespace PlanReports.Reports.Lookups;

/// <summary>An organisation as documents name and address it.</summary>
/// <param name="Code">ODS-style code.</param>
/// <param name="Name">Full name.</param>
/// <param name="Type">The store's type, e.g. 'pct-cluster'.</param>
/// <param name="AddressLines">Postal address lines, without the postcode; empty when none is held.</param>
/// <param name="Postcode">Postcode, or null.</param>
/// <param name="ParentCode">The parent organisation's code, or null.</param>
internal sealed record Organisation(
    string Code,
    string Name,
    string Type,
    IReadOnlyList<string> AddressLines,
    string? Postcode,
    string? ParentCode);
