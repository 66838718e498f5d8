using PlanReports.Reports.Lookups;
using PlanReports.Reports.RagNarrativePack;

namespace PlanReports.Reports.RagNarrativeBundle;

/// <summary>An SHA cluster's narrative packs for all its PCT clusters, behind one contents page.</summary>
internal sealed record RagNarrativeBundleModel(
    Organisation ShaCluster,
    Submission Submission,
    IReadOnlyList<RagNarrativePackModel> Packs);
