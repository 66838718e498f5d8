namespace PlanReports.Reports.Lookups;

/// <summary>One of the 13 assurance domains of seed 000 section 5.</summary>
/// <param name="Code">Stable key, e.g. 'finance'.</param>
/// <param name="Position">1..13, the seed's order.</param>
/// <param name="Name">As the seed writes it, e.g. 'Public health'.</param>
/// <param name="GroupName">'Transition and reform' for the six sub-domains, else null.</param>
/// <param name="Label">As the template row reads, e.g. 'Transition and reform: Public health'.</param>
internal sealed record AssuranceDomain(string Code, int Position, string Name, string? GroupName, string Label);
