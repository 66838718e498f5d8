using System.Collections.Concurrent;
using PlanReports.Batch;

namespace PlanReports.Tests.Batch;

/// <summary>Keeps what a run reported, for assertions.</summary>
internal sealed class RecordingProgress : IBatchProgress
{
    public int Planned { get; private set; }

    public ConcurrentBag<DocumentOutcome> Outcomes { get; } = [];

    public void Started(int documents) => Planned = documents;

    public void Finished(DocumentOutcome outcome) => Outcomes.Add(outcome);
}
