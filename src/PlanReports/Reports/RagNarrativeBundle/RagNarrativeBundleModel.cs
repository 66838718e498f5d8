using PlanReports.Components;
using PlanReports.Reports.Lookups;
using PlanReports.Reports.RagNarrativePack;
using PlanReports.Reports.RegionalSummary;

namespace PlanReports.Reports.RagNarrativeBundle;

/// <summary>
/// An SHA cluster's narrative packs for all its PCT clusters, behind a one-page RAG overview of them (the regional
/// summary's matrix) and a contents list.
/// </summary>
internal sealed record RagNarrativeBundleModel(
    Organisation ShaCluster,
    Submission Submission,
    IReadOnlyList<RagNarrativePackModel> Packs,
    IReadOnlyList<AssuranceDomain> Domains,
    IReadOnlyList<ClusterRatings> Matrix) : IRagMatrixModel
{
    /// <inheritdoc />
    public string ScopeName => ShaCluster.Name;

    /// <inheritdoc />
    public bool IsEngland => false;
}
