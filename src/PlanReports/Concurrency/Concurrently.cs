using System.Runtime.ExceptionServices;

namespace PlanReports.Concurrency;

/// <summary>
/// Independent pieces of work spread over the machine's cores, for the steps before rendering (reading files, running
/// validation rules) that would otherwise leave the second core idle. Callers keep each result in its own slot, so
/// the outcome never depends on which piece finished first.
/// </summary>
internal static class Concurrently
{
    /// <summary>
    /// Runs <paramref name="body"/> for 0 to <paramref name="count"/> - 1, as many at once as there are cores. A failure
    /// is thrown as the piece threw it (not wrapped), so callers report it as they would have run alone.
    /// </summary>
    public static void ForEach(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, body);
        }
        catch (AggregateException failed) when (failed.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
        }
    }
}
