namespace PlanReports.Batch;

/// <summary>What happened to one document.</summary>
/// <param name="Report">The report id.</param>
/// <param name="Organisation">The organisation code.</param>
/// <param name="Files">Its files (rendered now, or unchanged from the last run).</param>
/// <param name="Unchanged">True when its inputs had not changed, so nothing was rendered.</param>
/// <param name="Failure">Why it failed, or null.</param>
public sealed record DocumentOutcome(string Report, string Organisation, IReadOnlyList<ManifestEntry> Files, bool Unchanged, DocumentFailure? Failure)
{
    /// <summary>How long the document took, from loading its rows to its last file written.</summary>
    public TimeSpan Duration { get; init; }
}
