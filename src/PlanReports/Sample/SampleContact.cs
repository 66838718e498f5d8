namespace PlanReports.Sample;

/// <summary>One contact row: a named person who signs or receives documents for an organisation.</summary>
internal sealed record SampleContact(
    string Id,
    string OrganisationCode,
    string RoleKey,
    string Name,
    string JobTitle,
    string Salutation,
    string? Email);
