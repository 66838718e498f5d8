namespace PlanReports.Reports.RagNarrativePack;

/// <summary>
/// The view model of a single pack document: the pack under the name <c>pack</c>, so the one narrative-pack partial
/// serves both this document and the regional bundle, which loops over its packs with the same name.
/// </summary>
internal sealed record RagNarrativePackDocument(RagNarrativePackModel Pack);
