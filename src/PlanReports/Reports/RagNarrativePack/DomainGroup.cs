namespace PlanReports.Reports.RagNarrativePack;

/// <summary>A group of summary rows: the seven main domains (no name), then "Transition and reform" with its six.</summary>
internal sealed record DomainGroup(string? Name, IReadOnlyList<DomainNarrative> Domains);
