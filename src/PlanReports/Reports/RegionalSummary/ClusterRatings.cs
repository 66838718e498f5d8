using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>One row of the regional RAG matrix: a PCT cluster's ratings across the 13 domains.</summary>
internal sealed record ClusterRatings(Organisation Cluster, Organisation ShaCluster, IReadOnlyList<DomainAssessment> Assessments);
