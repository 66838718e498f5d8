using System.CommandLine;
using PlanReports.Batch;

namespace PlanReports.Cli.Commands;

/// <summary>
/// <c>verify --out DIR</c>: re-renders every document from the store in memory and checks that the re-rendered
/// bytes and the files on disk both have the SHA-256 recorded in DIR/manifest.json, naming every difference.
/// Files in the folder that the manifest does not list count as differences.
/// Exit codes: 0 all match, 1 differences or failures, 2 bad usage.
/// </summary>
internal static class VerifyCommand
{
    private static readonly Option<string?> Report = new("--report") { Description = "Only this report id" };
    private static readonly Option<string?> Org = new("--org") { Description = "Only documents for this organisation code" };

    public static Command Create(CliContext context)
    {
        var command = new Command("verify", "Re-render from the store and check every file against manifest.json")
        {
            Report, Org, context.Options.Out,
        };
        var shared = context.Options;
        command.SetAction(parse => CommandGuard.Run(context, parse, () =>
        {
            var options = new BatchOptions(
                parse.GetValue(shared.Db)!, parse.GetValue(shared.Reportdefs)!, parse.GetValue(shared.Out)!,
                parse.GetValue(Report), parse.GetValue(Org), null, parse.GetValue(shared.Jobs));
            StoreFile.RequireStore(options.StorePath);
            var result = RenderCommand.Runner().Verify(options);
            foreach (var difference in result.Differences)
            {
                context.Out.WriteLine("DIFFERS " + difference);
            }

            foreach (var failure in result.Failures)
            {
                context.Error.WriteLine("FAILED " + failure);
            }

            context.Out.WriteLine($"{result.Checked} files checked, {result.Differences.Count} differ, {result.Failures.Count} documents failed.");
            return result.Differences.Count + result.Failures.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
        }));
        return command;
    }
}
