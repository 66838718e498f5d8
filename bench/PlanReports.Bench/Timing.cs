using System.Diagnostics;

namespace PlanReports.Bench;

/// <summary>
/// One timed run of a piece of work: its wall-clock time and the process's CPU time over it, in milliseconds. Every
/// in-process measurement takes both, since a shared machine slows the wall clock more than the CPU time.
/// </summary>
internal readonly record struct Timing(double WallMs, double CpuMs)
{
    /// <summary>Runs <paramref name="work"/> once and times it; <paramref name="self"/> is this process.</summary>
    internal static Timing Of(Process self, Action work)
    {
        self.Refresh();
        var cpuBefore = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        work();
        watch.Stop();
        self.Refresh();
        return new Timing(watch.Elapsed.TotalMilliseconds, (self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }
}
