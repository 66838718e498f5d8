namespace PlanReports.Reports.Lookups;

/// <summary>
/// What an SHA cluster said about one domain of one PCT cluster's plan in one submission. <see cref="Rag"/> is null
/// when the submission holds no rating for the domain; documents then say so rather than leave a gap.
/// </summary>
internal sealed record DomainAssessment(
    AssuranceDomain Domain,
    Rag? Rag,
    string? Commentary,
    string? KeyRisks,
    string? MitigatingAction);
