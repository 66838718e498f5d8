using System.Globalization;

namespace PlanReports.Cli.Commands;

/// <summary>
/// Times the whole <c>build</c> command as a user runs it: a process of its own (start-up and compilation at first call
/// included), a fresh store, the import, validation, every document rendered, the manifest and index written. Each run
/// gets its own store and output folder under the bench's scale folder, so none skips documents an earlier run made.
/// </summary>
internal static class WholeBuildTimer
{
    /// <summary>What the runs took; <see cref="Error"/> is the first failing run's last error line, or null.</summary>
    internal sealed record Result(IReadOnlyList<TimeSpan> Times, string? Error)
    {
        /// <summary>The median run (the lower middle of an even count).</summary>
        public TimeSpan Median => Times.Order().ElementAt((Times.Count - 1) / 2);
    }

    /// <summary>
    /// Runs <c>build --data <paramref name="data"/></c> <paramref name="runs"/> times, one after another, into
    /// <c>build-N</c> folders of <paramref name="folder"/>. A run that exits with neither 0 nor 1 (findings) stops the
    /// series and is reported.
    /// </summary>
    public static Result Measure(int runs, string data, string reportdefs, string folder, int jobs)
    {
        var times = new List<TimeSpan>();
        for (var run = 1; run <= runs; run++)
        {
            var into = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"build-{run}"));
            var start = ThisProgram.Start(
            [
                "build", "--data", data, "--reportdefs", reportdefs, "--out", into,
                "--db", Path.Combine(into, "planreports.db"), "--jobs", jobs.ToString(CultureInfo.InvariantCulture),
            ]);
            var outcome = ChildProcess.Run(start, TimeSpan.FromHours(2), $"build run {run}");
            if (outcome.ExitCode is not (ExitCodes.Clean or ExitCodes.Findings))
            {
                var last = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
                return new Result(times, $"build run {run} exited with {outcome.ExitCode}: {last ?? "no error message"}");
            }

            times.Add(outcome.Elapsed);
        }

        return new Result(times, null);
    }
}
