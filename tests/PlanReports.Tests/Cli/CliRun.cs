using System.Globalization;
using PlanReports.Cli;

namespace PlanReports.Tests.Cli;

/// <summary>Runs the command line in-process and captures its exit code and both output streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var code = CliApplication.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
