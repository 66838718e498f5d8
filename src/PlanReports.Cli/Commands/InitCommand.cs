using System.CommandLine;
using PlanReports.Store;

namespace PlanReports.Cli.Commands;

/// <summary><c>init</c>: create the store and apply every migration not yet applied (a no-op on an up-to-date store).</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init", "Create the store (--db) and apply the schema migrations");
        command.SetAction(parsed => CommandGuard.Run(context, parsed, () =>
        {
            StoreFile.RequireSqliteOrEmpty(parsed.GetValue(context.Options.Db)!);
            var store = new PlanStore(parsed.GetValue(context.Options.Db)!);
            var report = store.Initialise();
            context.Out.WriteLine(report.Applied.Count == 0
                ? $"Store {store.DisplayName} is up to date (schema version {report.Version})."
                : $"Store {store.DisplayName}: applied {string.Join(", ", report.Applied)} (schema version {report.Version}).");
            return ExitCodes.Clean;
        }));
        return command;
    }
}
