using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanReports.Tests.Accessibility;

/// <summary>
/// The Chrome DevTools protocol over one WebSocket, in its flat mode: commands to the browser or, with a session id,
/// to one page; each answer is matched to its command by id, and events arriving in between are ignored (the tests
/// poll the page's state instead of waiting for events, which keeps this small).
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private int nextId;

    private DevToolsSession()
    {
    }

    public static async Task<DevToolsSession> Connect(Uri browser, CancellationToken cancel)
    {
        var session = new DevToolsSession();
        session.socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await session.socket.ConnectAsync(browser, cancel);
        return session;
    }

    /// <summary>Sends <paramref name="method"/> and returns its result; a protocol error throws with its message.</summary>
    public async Task<JsonElement> Send(string method, JsonObject parameters, string? sessionId, CancellationToken cancel)
    {
        var id = ++nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancel);
        while (true)
        {
            using var answer = JsonDocument.Parse(await Receive(cancel));
            var root = answer.RootElement;
            if (!root.TryGetProperty("id", out var answerId) || answerId.GetInt32() != id)
            {
                continue;
            }

            if (root.TryGetProperty("error", out var error))
            {
                throw new InvalidOperationException($"DevTools {method} failed: {error.GetRawText()}");
            }

            return root.GetProperty("result").Clone();
        }
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page, awaiting a promise, and returns its value (JSON-serialisable).</summary>
    public async Task<JsonElement> Evaluate(string sessionId, string expression, CancellationToken cancel)
    {
        var result = await Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true }, sessionId, cancel);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"The page threw while evaluating a script: {exception.GetRawText()}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The browser is about to be stopped anyway; a close it does not answer is not a test failure.
            }
        }

        socket.Dispose();
    }

    private async Task<byte[]> Receive(CancellationToken cancel)
    {
        using var message = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var part = await socket.ReceiveAsync(buffer, cancel);
            if (part.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("Chromium closed the DevTools connection.");
            }

            message.Write(buffer, 0, part.Count);
            if (part.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }
}
