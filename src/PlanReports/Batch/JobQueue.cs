namespace PlanReports.Batch;

/// <summary>
/// Hands documents to the workers. Documents that gather many organisations (an SHA cluster's bundle, a regional
/// summary) grow with the country and need hundreds of megabytes each, so at most one of them is rendered at a time,
/// largest first, while the other workers take the ordinary documents; a worker with nothing else left waits for
/// the next large one. Everything else goes one document at a time, in the order given, so no core is left
/// finishing a long document alone at the end.
/// </summary>
/// <typeparam name="TJob">What a worker renders (a <see cref="DocumentJob"/>).</typeparam>
internal sealed class JobQueue<TJob>
{
    private readonly Func<TJob, int> organisationsCovered;
    private readonly Queue<TJob> large;
    private readonly Queue<TJob> ordinary;
    // A plain monitor, not System.Threading.Lock: waiting for the large document needs Monitor.Wait.
    private readonly object gate = new();
    private bool largeRunning;

    /// <param name="jobs">The documents in the order they should be taken (large ones go largest first, ties in this order).</param>
    /// <param name="organisationsCovered">How many organisations' plans a document sets out.</param>
    internal JobQueue(IEnumerable<TJob> jobs, Func<TJob, int> organisationsCovered)
    {
        this.organisationsCovered = organisationsCovered;
        var all = jobs.ToList();
        large = new Queue<TJob>(all.Where(IsLarge).OrderByDescending(organisationsCovered));
        ordinary = new Queue<TJob>(all.Where(j => !IsLarge(j)));
    }

    /// <summary>A document setting out more than one organisation's plans.</summary>
    internal bool IsLarge(TJob job) => organisationsCovered(job) > 1;

    /// <summary>
    /// The next document for a worker, or false when none is left for it. Call <see cref="Finished"/> with the
    /// document when it is done.
    /// </summary>
    internal bool TryTake(CancellationToken cancellation, out TJob job)
    {
        lock (gate)
        {
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                if (!largeRunning && large.TryDequeue(out job!))
                {
                    largeRunning = true;
                    return true;
                }

                if (ordinary.TryDequeue(out job!))
                {
                    return true;
                }

                if (large.Count == 0)
                {
                    return false;
                }

                // Only large documents are left and one is being rendered: wait for it (waking now and then to
                // notice a cancellation).
                Monitor.Wait(gate, TimeSpan.FromMilliseconds(200));
            }
        }
    }

    /// <summary>Marks <paramref name="job"/> as done, letting the next large document start.</summary>
    internal void Finished(TJob job)
    {
        if (!IsLarge(job))
        {
            return;
        }

        lock (gate)
        {
            largeRunning = false;
            Monitor.PulseAll(gate);
        }
    }
}
