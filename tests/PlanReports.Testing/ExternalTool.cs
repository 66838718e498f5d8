using System.Diagnostics;

namespace PlanReports.Testing;

/// <summary>Runs external checkers (qpdf, pdftotext, soffice…) from tests, with a timeout so a hung tool fails the test.</summary>
public static class ExternalTool
{
    /// <summary>The timeout used when none is given.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(2);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> and waits for it.</summary>
    /// <exception cref="TimeoutException">The tool ran longer than <paramref name="timeout"/>; it has been killed.</exception>
    /// <exception cref="System.ComponentModel.Win32Exception">The tool is not installed.</exception>
    public static ToolResult Run(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan? timeout = null,
        string? workingDirectory = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(arguments);

        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"'{fileName}' could not be started.");

        // Both streams are drained concurrently: a tool that fills one pipe while we wait on the other would hang.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"'{fileName} {string.Join(' ', start.ArgumentList)}' did not finish within {limit.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        return new ToolResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>True when <paramref name="name"/> is an executable file on the PATH.</summary>
    public static bool IsOnPath(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, name)));
    }
}
