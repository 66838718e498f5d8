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
        var host = Environment.ProcessPath;
        var hostIsDotnet = host is not null && string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.Ordinal);
        var startedAsApphost = host is not null && !hostIsDotnet && System.Reflection.Assembly.GetEntryAssembly() == cli;
        var start = new ProcessStartInfo(startedAsApphost || hostIsDotnet ? host! : "dotnet");
        if (!startedAsApphost)
        {
            start.ArgumentList.Add(cli.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
