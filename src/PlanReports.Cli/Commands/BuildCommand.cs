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
            CreateFreshStore(store, context);
            ImportData(store, data, context);

            // Findings do not stop rendering: documents say plainly where data is missing, and the exit code
            // still reports the findings. Validation only reads the store, so it runs beside the rendering rather
            // than before it, and its findings follow the rendering's summary.
            context.Out.WriteLine();
            return RenderCommand.RenderAll(
                new BatchOptions(
                    store.Path,
                    parsed.GetValue(shared.Reportdefs)!,
                    parsed.GetValue(shared.Out)!,
                    Report: null,
                    Organisation: null,
                    Format: null,
                    parsed.GetValue(shared.Jobs),
                    parsed.GetValue(shared.Force)) { Validate = () => new PlanValidator().Validate(store) },
                held,
                context,
                showFindings: true);
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
    /// </summary>
    private static void ImportData(PlanStore store, string data, CliContext context)
    {
        var reference = Path.Combine(data, "reference");
        var sample = Path.Combine(data, "sample");
        var sampleImporter = new PlanImporter(store);
        var sampleBeingRead = Directory.Exists(sample) ? sampleImporter.StartReading([sample]) : null;
        Import(reference, folder => new PlanImporter(store).Import([folder]), context);
        Import(sample, _ => sampleImporter.Import(sampleBeingRead!), context);
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
