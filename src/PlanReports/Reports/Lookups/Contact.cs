namespace PlanReports.Reports.Lookups;

/// <summary>A person who signs or receives a document.</summary>
internal sealed record Contact
{
    public string Id { get; init; } = "";
    public string OrganisationCode { get; init; } = "";
    public string RoleKey { get; init; } = "";
    public string Name { get; init; } = "";
    public string JobTitle { get; init; } = "";
    public string Salutation { get; init; } = "";
    public string? Email { get; init; }
}
