using PlanReports.Reports.Lookups;
using PlanReports.Reports.RegionalSummary;

namespace PlanReports.Components;

/// <summary>
/// A view model that can show the RAG matrix of PCT clusters by domain: the regional summary, and the bundle's
/// one-page overview before its packs.
/// </summary>
internal interface IRagMatrixModel
{
    /// <summary>"North of England SHA Cluster" or "England".</summary>
    string ScopeName { get; }

    /// <summary>Whether rows are grouped by SHA cluster.</summary>
    bool IsEngland { get; }

    /// <summary>The 13 domains, in order.</summary>
    IReadOnlyList<AssuranceDomain> Domains { get; }

    /// <summary>One row per PCT cluster.</summary>
    IReadOnlyList<ClusterRatings> Matrix { get; }
}
