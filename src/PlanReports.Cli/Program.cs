// Entry point of the planreports command line; commands are registered in Commands/.
using System.CommandLine;
using PlanReports.Cli.Commands;

var root = new RootCommand("PlanReports: NHS planning and assurance documents from a store of plans and indicators");
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(VerifyCommand.Create());
root.Subcommands.Add(BenchCommand.Create());

// Bad usage is exit code 2 (System.CommandLine's own default is 1, which here means failed documents).
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    return 2;
}

return parse.Invoke();
