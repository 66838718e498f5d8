using System.CommandLine;
using PlanReports.Import;
using PlanReports.Store;

namespace PlanReports.Cli.Commands;

/// <summary><c>import PATH…</c>: import CSV, reference YAML and filled workbooks into an existing store, all or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders: CSV files named after their tables, reference YAML folders, filled .xlsx templates",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxErrors = new Option<int>("--max-errors")
        {
            Description = "Stop checking after this many errors",
            DefaultValueFactory = _ => 50,
        };
        var command = new Command("import", "Import files into the store in one transaction; any bad row rejects the whole import");
        command.Arguments.Add(paths);
        command.Options.Add(maxErrors);
        command.SetAction(parsed => CommandGuard.Run(context, parsed, () =>
        {
            StoreFile.RequireStore(parsed.GetValue(context.Options.Db)!);
            var store = new PlanStore(parsed.GetValue(context.Options.Db)!);
            var summary = new PlanImporter(store, Math.Max(1, parsed.GetValue(maxErrors))).Import(parsed.GetValue(paths)!);
            ImportSummaryWriter.Write(summary, context.Out);
            return ExitCodes.Clean;
        }));
        return command;
    }
}
