namespace PlanReports.Batch;

/// <summary>The end of a run: what was made, skipped and failed, and how long it took.</summary>
/// <param name="Rendered">Documents rendered.</param>
/// <param name="Unchanged">Documents skipped because their inputs had not changed.</param>
/// <param name="Files">Files written.</param>
/// <param name="Pages">Pages written (formats with pages).</param>
/// <param name="Bytes">Bytes written.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="Failures">Documents that failed.</param>
/// <param name="Documents">Every document's outcome, with how long it took.</param>
public sealed record BatchResult(
    int Rendered,
    int Unchanged,
    int Files,
    long Pages,
    long Bytes,
    TimeSpan Elapsed,
    IReadOnlyList<DocumentFailure> Failures,
    IReadOnlyList<DocumentOutcome> Documents)
{
    /// <summary>The validation report, when the options asked for validation (<see cref="BatchOptions.Validate"/>).</summary>
    public Validation.ValidationReport? Validation { get; init; }
}
