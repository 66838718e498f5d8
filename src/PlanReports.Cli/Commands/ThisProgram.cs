using System.Diagnostics;

namespace PlanReports.Cli.Commands;

/// <summary>
/// How to start this command line again, in a process of its own: the executable this process was started as (the
/// apphost, or <c>dotnet</c> with PlanReports.Cli.dll), or, when the command line runs inside another program (a test
/// host), <c>dotnet</c> with the PlanReports.Cli.dll it was loaded from.
/// </summary>
internal static class ThisProgram
{
    /// <summary>A start for <c>planreports</c> with <paramref name="arguments"/>.</summary>
    public static ProcessStartInfo Start(IEnumerable<string> arguments)
    {
        var cli = typeof(ThisProgram).Assembly;
        var process = Environment.ProcessPath;
        var isDotnetHost = process is null || string.Equals(Path.GetFileNameWithoutExtension(process), "dotnet", StringComparison.Ordinal);
        var startedAsCli = System.Reflection.Assembly.GetEntryAssembly() == cli;
        ProcessStartInfo start;
        if (startedAsCli && !isDotnetHost)
        {
            start = new ProcessStartInfo(process!);
        }
        else
        {
            start = new ProcessStartInfo(isDotnetHost && process is not null ? process : "dotnet");
            start.ArgumentList.Add(cli.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
