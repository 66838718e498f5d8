using System.CommandLine;
using PlanReports.Store;

namespace PlanReports.Cli.Commands;

/// <summary><c>list</c>: organisations per type and rows per table.</summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("list", "Count organisations per type and rows per table");
        command.SetAction(parsed => CommandGuard.Run(context, parsed, () =>
        {
            StoreFile.RequireStore(parsed.GetValue(context.Options.Db)!);
            var counts = StoreCounts.Read(new PlanStore(parsed.GetValue(context.Options.Db)!));
            Write("Organisations by type", counts.OrganisationTypes, context.Out);
            context.Out.WriteLine();
            Write("Rows by table", counts.Tables, context.Out);
            return ExitCodes.Clean;
        }));
        return command;
    }

    private static void Write(string heading, IReadOnlyList<NamedCount> counts, TextWriter output)
    {
        output.WriteLine(heading + ":");
        var width = counts.Count == 0 ? 0 : counts.Max(c => c.Name.Length);
        foreach (var count in counts)
        {
            output.WriteLine($"  {count.Name.PadRight(width)}  {count.Count,7}");
        }
    }
}
