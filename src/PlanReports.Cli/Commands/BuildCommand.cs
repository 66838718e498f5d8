using System.CommandLine;
using PlanReports.Batch;
using PlanReports.Import;
using PlanReports.Store;
using PlanReports.Validation;

namespace PlanReports.Cli.Commands;

/// <summary>
/// <c>build</c>: a fresh store from the data folder (reference YAML, then the sample CSV, each one
/// transaction), then every report rendered into --out with the store validated beside the rendering, and the
/// validation findings shown last.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("build", "Fresh store from --data (reference, then sample), validate, then render every report into --out");
        command.Options.Add(context.Options.Out);
        command.SetAction(parsed => CommandGuard.Run(context, parsed, () =>
        {
            var store = new PlanStore(parsed.GetValue(context.Options.Db)!);
            var data = parsed.GetValue(context.Options.Data)!;
            if (!Directory.Exists(data))
            {
                context.Error.WriteLine($"planreports: no data folder at {Path.GetFullPath(data)} (set --data)");
                return ExitCodes.BadInput;
            }

            var shared = context.Options;
            if (parsed.GetValue(shared.Jobs) < 1)
            {
                context.Error.WriteLine("--jobs must be at least 1.");
                return ExitCodes.BadInput;
            }

            // The store is replaced, so it must be ours (a text file or another program's database given as --db by
            // mistake is not deleted), and the output folder is locked first: two builds must not replace each
            // other's store.
            StoreFile.RequireReplaceable(store.Path);
            using var held = OutputFolderLock.Acquire(parsed.GetValue(shared.Out)!);
            var runner = RenderCommand.Runner();
            var reportdefs = parsed.GetValue(shared.Reportdefs)!;
            CreateFreshStore(store, context);
            var prepared = ImportData(store, data, context, () => runner.Prepare(reportdefs));

            // Findings do not stop rendering: documents say plainly where data is missing, and the exit code
            // still reports the findings. Validation only reads the store, so it runs beside the rendering rather
            // than before it, and its findings follow the rendering's summary.
            context.Out.WriteLine();
            return RenderCommand.RenderAll(
                new BatchOptions(
                    store.Path,
                    reportdefs,
                    parsed.GetValue(shared.Out)!,
                    Report: null,
                    Organisation: null,
                    Format: null,
                    parsed.GetValue(shared.Jobs),
                    parsed.GetValue(shared.Force)) { Validate = () => new PlanValidator().Validate(store), Prepared = prepared },
                held,
                context,
                showFindings: true,
                runner);
        }));
        return command;
    }

    private static void CreateFreshStore(PlanStore store, CliContext context)
    {
        store.Delete();
        var migrations = store.Initialise();
        context.Out.WriteLine($"Created {store.DisplayName} (schema version {migrations.Version}).");
    }

    /// <summary>
    /// Reference first (the sample refers to it), then the sample; a folder that is absent is skipped with a note. The
    /// sample's files are read while the reference is imported (reading needs nothing from the store; checking and
    /// writing them wait for the reference), which keeps the second core busy in what is otherwise one core's work.
    /// The sample's checking and writing are one core's work too: <paramref name="beside"/> is started before them,
    /// for the other core, and what it returns is returned.
    /// </summary>
    private static T ImportData<T>(PlanStore store, string data, CliContext context, Func<T> beside)
    {
        var reference = Path.Combine(data, "reference");
        var sample = Path.Combine(data, "sample");
        var sampleImporter = new PlanImporter(store);
        var sampleBeingRead = Directory.Exists(sample) ? sampleImporter.StartReading([sample]) : null;
        Import(reference, folder => new PlanImporter(store).Import([folder]), context);
        var started = beside();
        Import(sample, _ => sampleImporter.Import(sampleBeingRead!), context);
        return started;
    }

    private static void Import(string folder, Func<string, ImportSummary> import, CliContext context)
    {
        if (!Directory.Exists(folder))
        {
            context.Out.WriteLine($"No {folder} folder: nothing to import from it.");
            return;
        }

        context.Out.WriteLine($"Importing {folder}:");
        ImportSummaryWriter.Write(import(folder), context.Out);
    }
}
