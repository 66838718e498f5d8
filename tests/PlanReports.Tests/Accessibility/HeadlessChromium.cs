using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PlanReports.Tests.Accessibility;

/// <summary>
/// One headless Chromium with its DevTools endpoint on a free loopback port (Chromium prints the address on standard
/// error), a throwaway profile, and one page the tests drive; stopped and its profile deleted on dispose.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private readonly Process process;
    private readonly string profile;

    private HeadlessChromium(Process process, string profile, DevToolsSession devTools, string page)
    {
        this.process = process;
        this.profile = profile;
        DevTools = devTools;
        Page = page;
    }

    /// <summary>The DevTools connection to the browser.</summary>
    public DevToolsSession DevTools { get; }

    /// <summary>The session id of the one page.</summary>
    public string Page { get; }

    public static async Task<HeadlessChromium> Start(string executable, CancellationToken cancel)
    {
        var profile = Directory.CreateTempSubdirectory("planreports-axe-chromium-").FullName;
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} could not be started.");
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        try
        {
            var endpoint = await Endpoint(process, cancel);
            var devTools = await DevToolsSession.Connect(endpoint, cancel);
            var target = await devTools.Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, cancel);
            var attached = await devTools.Send("Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, null, cancel);
            return new HeadlessChromium(process, profile, devTools, attached.GetProperty("sessionId").GetString()!);
        }
        catch
        {
            Stop(process, profile);
            throw;
        }
    }

    /// <summary>Opens <paramref name="file"/> in the page and waits until it has loaded.</summary>
    public async Task Open(string file, CancellationToken cancel)
    {
        await DevTools.Send("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(file)).AbsoluteUri }, Page, cancel);
        while ((await DevTools.Evaluate(Page, "document.readyState === 'complete' && location.protocol === 'file:'", cancel)).GetBoolean() is false)
        {
            await Task.Delay(50, cancel);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DevTools.DisposeAsync();
        Stop(process, profile);
    }

    private static async Task<Uri> Endpoint(Process process, CancellationToken cancel)
    {
        while (await process.StandardError.ReadLineAsync(cancel) is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                // Standard error must keep draining, or Chromium blocks once the pipe fills.
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return new Uri(match.Groups["url"].Value);
            }
        }

        throw new InvalidOperationException("Chromium exited before it opened its DevTools endpoint.");
    }

    private static void Stop(Process process, string profile)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the profile is in the temporary folder.
        }
    }

    [GeneratedRegex(@"DevTools listening on (?<url>ws://\S+)")]
    private static partial Regex ListeningLine();
}
