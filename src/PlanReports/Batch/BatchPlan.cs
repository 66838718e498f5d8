namespace PlanReports.Batch;

/// <summary>The documents a run will make, the reports that failed before any document, and whether the data is illustrative.</summary>
internal sealed record BatchPlan(IReadOnlyList<DocumentJob> Jobs, IReadOnlyList<DocumentFailure> Failures, bool Illustrative);
