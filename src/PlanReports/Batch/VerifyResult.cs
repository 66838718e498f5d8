namespace PlanReports.Batch;

/// <summary>The outcome of re-rendering against a manifest.</summary>
/// <param name="Checked">Files checked.</param>
/// <param name="Differences">Files that do not match, each with what differs.</param>
/// <param name="Failures">Documents that could not be re-rendered.</param>
public sealed record VerifyResult(int Checked, IReadOnlyList<VerifyDifference> Differences, IReadOnlyList<DocumentFailure> Failures);
