using System.Diagnostics;

namespace PlanReports.Cli.Commands;

/// <summary>
/// Runs a program to its end with its output and errors drained as they come (a full pipe must not stall it), as the
/// bench does with Chromium and with the whole build.
/// </summary>
internal static class ChildProcess
{
    /// <summary>How a run ended: its exit code, what it wrote to standard error, and how long it took.</summary>
    internal sealed record Outcome(int ExitCode, string Error, TimeSpan Elapsed);

    /// <summary>
    /// Starts <paramref name="start"/> (its output and errors redirected) and waits for it; past
    /// <paramref name="timeout"/> the whole process tree is killed and a <see cref="TimeoutException"/> says
    /// <paramref name="what"/> did not finish.
    /// </summary>
    public static Outcome Run(ProcessStartInfo start, TimeSpan timeout, string what)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} could not be started.");
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainErr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish within {timeout.TotalMinutes:0} minutes.");
        }

        var elapsed = clock.Elapsed;
        drainOut.GetAwaiter().GetResult();
        return new Outcome(process.ExitCode, drainErr.GetAwaiter().GetResult(), elapsed);
    }
}
