using PlanReports.Batch;
using Spectre.Console;

namespace PlanReports.Cli.Commands;

/// <summary>
/// Shows a run's progress: a Spectre.Console bar on an interactive terminal, plain log lines otherwise (CI logs,
/// pipes), and the end summary either way.
/// </summary>
internal sealed class RenderProgress : IBatchProgress
{
    private readonly object gate = new();
    private readonly TextWriter log;
    private ProgressTask? bar;
    private int total;
    private int done;

    private RenderProgress(TextWriter log) => this.log = log;

    /// <summary>Runs <paramref name="work"/> with progress shown the way the terminal allows.</summary>
    public static T Run<T>(Func<IBatchProgress, T> work, TextWriter log)
    {
        if (log == Console.Out && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            T result = default!;
            AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var progress = new RenderProgress(TextWriter.Null) { bar = ctx.AddTask("Rendering", maxValue: 1) };
                    result = work(progress);
                });
            return result;
        }

        return work(new RenderProgress(log));
    }

    public void Started(int documents)
    {
        lock (gate)
        {
            total = documents;
            if (bar is not null)
            {
                bar.MaxValue = Math.Max(1, documents);
            }
            else
            {
                log.WriteLine($"Rendering {documents} document{(documents == 1 ? string.Empty : "s")}.");
            }
        }
    }

    public void Finished(DocumentOutcome outcome)
    {
        lock (gate)
        {
            done++;
            bar?.Increment(1);
            var what = outcome switch
            {
                { Failure: { } f } => "FAILED: " + f.Cause,
                { Unchanged: true } => "unchanged",
                _ => "rendered " + string.Join(", ", outcome.Files.Select(f => f.Format)),
            };
            log.WriteLine($"[{done}/{total}] {outcome.Report} {outcome.Organisation}: {what}");
        }
    }

    /// <summary>Writes the end summary and each failure; returns the exit code (1 when anything failed).</summary>
    public static int Summarise(BatchResult result, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine(
            $"{result.Rendered} document{(result.Rendered == 1 ? string.Empty : "s")} rendered ({result.Files} files, {result.Pages} PDF pages, {Size(result.Bytes)}), " +
            $"{result.Unchanged} unchanged and skipped, {result.Failures.Count} failed, in {result.Elapsed.TotalSeconds:0.0} s.");
        foreach (var failure in result.Failures)
        {
            errors.WriteLine("FAILED " + failure);
        }

        return result.Failures.Count > 0 ? 1 : 0;
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024.0):0.0} MB",
        >= 1024 => $"{bytes / 1024.0:0.0} KB",
        _ => $"{bytes} bytes",
    };
}
