using System.CommandLine;
using System.CommandLine.Help;
using PlanReports.Cli.Commands;

namespace PlanReports.Cli;

/// <summary>The <c>planreports</c> command line: builds the command tree, parses, runs, returns the exit code.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new SharedOptions();
        var context = new CliContext(output, error, options);
        // A plain command named "planreports" rather than RootCommand, which would take its name from the
        // executable file (PlanReports.Cli); help and version are the options RootCommand would add.
        var root = new Command("planreports", "PlanReports: the NHS planning and assurance documents of 2012/13 and the Better Care Fund, from one store");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        foreach (var option in options.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(TemplateCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(BuildCommand.Create(context));
        root.Subcommands.Add(RenderCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(SampleCommand.Create());
        root.Subcommands.Add(BenchCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"planreports: {parseError.Message}");
            }

            error.WriteLine("Run 'planreports --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
