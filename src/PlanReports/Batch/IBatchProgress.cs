namespace PlanReports.Batch;

/// <summary>Told as a run goes, so a terminal can show a progress bar and a log can show lines. Called from worker threads.</summary>
public interface IBatchProgress
{
    /// <summary>The run has planned <paramref name="documents"/> documents (rendered or skipped as unchanged).</summary>
    void Started(int documents);

    /// <summary>One document finished: rendered, skipped as unchanged, or failed.</summary>
    void Finished(DocumentOutcome outcome);
}
