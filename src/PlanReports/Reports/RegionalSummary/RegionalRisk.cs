using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>A key risk the SHA cluster recorded against a red or amber domain of a PCT cluster.</summary>
internal sealed record RegionalRisk(Organisation Cluster, AssuranceDomain Domain, Rag Rag, string KeyRisks, string MitigatingAction);
