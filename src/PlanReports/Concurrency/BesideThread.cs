using System.Runtime.ExceptionServices;

namespace PlanReports.Concurrency;

/// <summary>
/// One piece of work started on a thread of its own while the caller goes on (validation beside rendering): its
/// result, or its failure as thrown, is taken with <see cref="Join"/>. A background thread, so a run that stops
/// early is not held open by it.
/// </summary>
/// <typeparam name="T">What the work returns.</typeparam>
internal sealed class BesideThread<T>
{
    private readonly Thread thread;
    private T? result;
    private ExceptionDispatchInfo? failure;

    private BesideThread(Func<T> work, string name)
    {
        thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
#pragma warning disable CA1031 // Every failure is handed to the caller of Join, which rethrows it as thrown.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        })
        { IsBackground = true, Name = name };
    }

    /// <summary>Starts <paramref name="work"/> now on a new thread named <paramref name="name"/>.</summary>
    public static BesideThread<T> Start(Func<T> work, string name)
    {
        ArgumentNullException.ThrowIfNull(work);
        var beside = new BesideThread<T>(work, name);
        beside.thread.Start();
        return beside;
    }

    /// <summary>Waits for the work to end and returns its result, or throws its exception as it was thrown.</summary>
    public T Join()
    {
        thread.Join();
        failure?.Throw();
        return result!;
    }
}
