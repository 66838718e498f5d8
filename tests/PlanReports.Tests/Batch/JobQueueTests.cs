using PlanReports.Batch;

namespace PlanReports.Tests.Batch;

public sealed class JobQueueTests
{
    // A job here is (name, organisations covered).
    private static JobQueue<(string Name, int Covers)> Queue(params (string, int)[] jobs) => new(jobs, j => j.Covers);

    [Fact]
    public void One_worker_takes_the_large_documents_largest_first_then_the_rest_in_order()
    {
        var queue = Queue(("letter-a", 1), ("bundle-small", 12), ("letter-b", 1), ("bundle-big", 130), ("pack", 1));
        var taken = new List<string>();
        while (queue.TryTake(CancellationToken.None, out var job))
        {
            taken.Add(job.Name);
            queue.Finished(job);
        }

        Assert.Equal(["bundle-big", "bundle-small", "letter-a", "letter-b", "pack"], taken);
    }

    [Fact]
    public void A_second_worker_takes_ordinary_documents_while_a_large_one_renders()
    {
        var queue = Queue(("bundle-1", 40), ("bundle-2", 30), ("letter", 1));

        Assert.True(queue.TryTake(CancellationToken.None, out var first));
        Assert.True(queue.TryTake(CancellationToken.None, out var second));

        Assert.Equal("bundle-1", first.Name);
        Assert.Equal("letter", second.Name);
    }

    [Fact]
    public async Task Large_documents_never_render_side_by_side_and_every_job_is_taken_once()
    {
        var jobs = Enumerable.Range(0, 200).Select(i => ($"job-{i}", i % 25 == 0 ? 50 + i : 1)).ToArray();
        var queue = Queue(jobs);
        var taken = new System.Collections.Concurrent.ConcurrentBag<string>();
        var largeNow = 0;
        var mostLargeAtOnce = 0;
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (queue.TryTake(CancellationToken.None, out var job))
            {
                taken.Add(job.Name);
                if (job.Covers > 1)
                {
                    var now = Interlocked.Increment(ref largeNow);
                    InterlockedMax(ref mostLargeAtOnce, now);
                    Thread.Sleep(5);
                    Interlocked.Decrement(ref largeNow);
                }

                queue.Finished(job);
            }
        })).ToArray();

        var all = Task.WhenAll(workers);
        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Equal(1, mostLargeAtOnce);
        Assert.Equal(jobs.Select(j => j.Item1).Order(), taken.Order());
    }

    [Fact]
    public void A_worker_waiting_for_a_large_document_stops_when_the_run_is_cancelled()
    {
        var queue = Queue(("bundle-1", 40), ("bundle-2", 30));
        Assert.True(queue.TryTake(CancellationToken.None, out _));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.Throws<OperationCanceledException>(() => queue.TryTake(cancellation.Token, out _));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
