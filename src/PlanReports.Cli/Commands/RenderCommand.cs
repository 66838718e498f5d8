using System.CommandLine;
using PlanReports.Batch;
using PlanReports.Components;
using PlanReports.Reports;

namespace PlanReports.Cli.Commands;

/// <summary>
/// <c>render [--report ID] [--org CODE] [--format pdf|docx|html] [--jobs N] [--force]</c>: renders documents from
/// the existing store into the output folder, skipping those whose inputs have not changed.
/// Exit codes: 0 clean, 1 failed documents, 2 bad usage.
/// </summary>
internal static class RenderCommand
{
    public static Option<string> Db { get; } = new("--db") { Description = "The store to read", DefaultValueFactory = _ => Path.Combine("output", "planreports.db") };

    public static Option<string> Out { get; } = new("--out") { Description = "Where documents and manifest.json go", DefaultValueFactory = _ => "output" };

    public static Option<string> Reportdefs { get; } = new("--reportdefs") { Description = "The report definitions folder", DefaultValueFactory = _ => "reportdefs" };

    public static Option<int> Jobs { get; } = new("--jobs") { Description = "Documents rendered at once (default: the number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };

    public static Option<bool> Force { get; } = new("--force") { Description = "Render every document, even those whose inputs have not changed" };

    private static readonly Option<string?> Report = new("--report") { Description = "Only this report id" };
    private static readonly Option<string?> Org = new("--org") { Description = "Only documents for this organisation code" };
    private static readonly Option<string?> Format = new("--format") { Description = "Only this format" };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("pdf", "docx", "html");
        var command = new Command("render", "Render documents from the store into the output folder")
        {
            Report, Org, Format, Db, Out, Reportdefs, Jobs, Force,
        };
        command.SetAction(parse => RenderAll(new BatchOptions(
            parse.GetValue(Db)!,
            parse.GetValue(Reportdefs)!,
            parse.GetValue(Out)!,
            parse.GetValue(Report),
            parse.GetValue(Org),
            parse.GetValue(Format),
            parse.GetValue(Jobs),
            parse.GetValue(Force))));
        return command;
    }

    /// <summary>The runner with every registered model source, component and renderer.</summary>
    public static BatchRunner Runner() =>
        new(ReportModelSources.All, ReportComponents.All, DocumentRenderers.CreateAll, EngineVersion.Of(
        [
            typeof(BatchRunner).Assembly,
            typeof(Documents.Model.Document).Assembly,
            typeof(Pdf.PdfRenderer).Assembly,
            typeof(Docx.DocxRenderer).Assembly,
        ]));

    /// <summary>Renders what <paramref name="options"/> asks for, shows progress and the summary; returns the exit code. Also the rendering half of <c>build</c>.</summary>
    public static int RenderAll(BatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Jobs < 1)
        {
            Console.Error.WriteLine("--jobs must be at least 1.");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Finish the files being written, start no more; the manifest stays consistent.
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var result = RenderProgress.Run(progress => Runner().Render(options, progress, cancel.Token));
            return RenderProgress.Summarise(result, Console.Out, Console.Error);
        }
        catch (BatchUsageException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled: documents already written are complete; run again to finish (unchanged ones are skipped).");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
