using System.CommandLine;
using PlanReports.Batch;
using PlanReports.Components;
using PlanReports.Reports;
using PlanReports.Store;
using PlanReports.Validation;

namespace PlanReports.Cli.Commands;

/// <summary>
/// <c>render [--report ID] [--org CODE] [--format pdf|docx|html] [--jobs N] [--force]</c>: renders documents from
/// the existing store into the output folder, skipping those whose inputs have not changed.
/// Exit codes: 0 clean, 1 failed documents, 2 bad usage.
/// </summary>
internal static class RenderCommand
{
    private static readonly Option<string?> Report = new("--report") { Description = "Only this report id" };
    private static readonly Option<string?> Org = new("--org") { Description = "Only documents for this organisation code" };
    private static readonly Option<string?> Format = new("--format") { Description = "Only this format" };

    public static Command Create(CliContext context)
    {
        Format.AcceptOnlyFromAmong("pdf", "docx", "html");
        var command = new Command("render", "Render documents from the store into the output folder")
        {
            Report, Org, Format, context.Options.Out,
        };
        var shared = context.Options;
        command.SetAction(parse => CommandGuard.Run(context, parse, () =>
        {
            var db = parse.GetValue(shared.Db)!;
            StoreFile.RequireStore(db);
            var options = new BatchOptions(
                db,
                parse.GetValue(shared.Reportdefs)!,
                parse.GetValue(shared.Out)!,
                parse.GetValue(Report),
                parse.GetValue(Org),
                parse.GetValue(Format),
                parse.GetValue(shared.Jobs),
                parse.GetValue(shared.Force));
            if (options.Jobs < 1)
            {
                context.Error.WriteLine("--jobs must be at least 1.");
                return ExitCodes.BadInput;
            }

            // The lock comes first, so a second run is refused at once, before any work.
            using var held = OutputFolderLock.Acquire(options.OutputFolder);
            return RenderAll(options with { Validate = () => new PlanValidator().Validate(new PlanStore(db)) }, held, context);
        }));
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

    /// <summary>
    /// Renders what <paramref name="options"/> asks for into the folder <paramref name="held"/> locks, shows progress
    /// and the summary; returns the exit code. Also the rendering half of <c>build</c>, which asks for the validation
    /// findings (<paramref name="showFindings"/>) after the summary: validation runs beside rendering, and its
    /// findings count in the exit code. Bad usage is thrown for <see cref="CommandGuard"/> to report. A caller that
    /// made the <see cref="Runner"/> earlier (build, to prepare the reports with it) passes it as <paramref name="runner"/>.
    /// </summary>
    public static int RenderAll(BatchOptions options, OutputFolderLock held, CliContext context, bool showFindings = false, BatchRunner? runner = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);

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
            var result = RenderProgress.Run(progress => (runner ?? Runner()).Render(options, held, progress, cancel.Token), context.Out);
            var code = RenderProgress.Summarise(result, context.Out, context.Error);
            if (showFindings && result.Validation is { } report)
            {
                context.Out.WriteLine();
                ValidationTextWriter.Write(report, context.Out);
                code = Math.Max(code, ExitCodes.For(report));
            }

            return code;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("Cancelled: documents already written are complete; run again to finish (unchanged ones are skipped).");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
