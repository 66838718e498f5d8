using System.Diagnostics;
using PlanReports.Cli.Commands;

namespace PlanReports.Tests.Reliability;

/// <summary>The command line in a process of its own, so a test can kill it at a chosen moment as kill -9 would.</summary>
internal static class ChildRun
{
    /// <summary>Starts the CLI with its output drained (a full pipe must not stall it).</summary>
    public static Process Start(params string[] arguments)
    {
        // The command line as bench starts it again: from this test host, dotnet with the PlanReports.Cli.dll beside the tests.
        var start = ThisProgram.Start(arguments);
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs to the end and returns how long it took and its exit code.</summary>
    public static (TimeSpan Elapsed, int ExitCode) Complete(params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        using var process = Start(arguments);
        process.WaitForExit();
        return (clock.Elapsed, process.ExitCode);
    }

    /// <summary>Runs and kills the whole process tree after <paramref name="delay"/>; returns whether it was still running then.</summary>
    public static bool KillAfter(TimeSpan delay, params string[] arguments)
    {
        using var process = Start(arguments);
        var finished = process.WaitForExit(delay);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        return !finished;
    }
}
