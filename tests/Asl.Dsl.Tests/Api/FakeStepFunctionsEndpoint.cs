using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Asl.Dsl.Tests.Api;

/// <summary>One request as it reached the fake endpoint.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Operation => Headers.TryGetValue("X-Amz-Target", out var target) ? target["AWSStepFunctions.".Length..] : "";

    public string BodyText => Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>What the fake endpoint answers.</summary>
internal sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Ok(string body) => new(200, body, new Dictionary<string, string> { ["x-amzn-RequestId"] = "req-ok" });

    public static FakeResponse Error(int status, string type, string message)
        => new(status, JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = type, ["message"] = message }),
            new Dictionary<string, string> { ["x-amzn-RequestId"] = "req-err" });
}

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 and a port the system picks. It records every request and answers each with
/// what the test's responder returns (one request per connection, then the connection closes).
/// </summary>
internal sealed class FakeStepFunctionsEndpoint : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<RecordedRequest, Task<FakeResponse>> _responder;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<RecordedRequest> _requests = new();
    private readonly Task _accepting;

    public FakeStepFunctionsEndpoint(Func<RecordedRequest, FakeResponse> responder) : this(request => Task.FromResult(responder(request)))
    {
    }

    public FakeStepFunctionsEndpoint(Func<RecordedRequest, Task<FakeResponse>> responder)
    {
        _responder = responder;
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _accepting = AcceptAsync();
    }

    public Uri Address { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToArray(); }
    }

    /// <summary>Answers each operation from its own script: the n-th call of an operation gets its n-th answer (the last one repeats).</summary>
    public static FakeStepFunctionsEndpoint Scripted(Dictionary<string, FakeResponse[]> answers)
    {
        var calls = new Dictionary<string, int>();
        return new FakeStepFunctionsEndpoint(request =>
        {
            if (!answers.TryGetValue(request.Operation, out var script))
                return FakeResponse.Error(400, "UnknownOperationException", $"The fake has no answer for {request.Operation}.");
            lock (calls)
            {
                calls.TryGetValue(request.Operation, out var n);
                calls[request.Operation] = n + 1;
                return script[Math.Min(n, script.Length - 1)];
            }
        });
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream);
                if (request is null) return;
                lock (_requests) _requests.Add(request);
                var response = await _responder(request);
                await WriteResponseAsync(stream, response);
            }
            catch (IOException)
            {
                // The client gave up (cancellation); nothing to answer.
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task<RecordedRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(buffer)) < 0)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token);
            if (read == 0) return null;
            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }
        var head = Encoding.ASCII.GetString(buffer.GetRange(0, headerEnd).ToArray()).Split("\r\n");
        var requestLine = head[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text) : 0;
        var body = buffer.Skip(headerEnd + 4).ToList();
        while (body.Count < length)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token);
            if (read == 0) break;
            body.AddRange(chunk.AsSpan(0, read).ToArray());
        }
        return new RecordedRequest(requestLine[0], requestLine[1], headers, body.ToArray());
    }

    private static int IndexOfHeaderEnd(List<byte> buffer)
    {
        for (var i = 3; i < buffer.Count; i++)
            if (buffer[i - 3] == '\r' && buffer[i - 2] == '\n' && buffer[i - 1] == '\r' && buffer[i] == '\n') return i - 3;
        return -1;
    }

    private async Task WriteResponseAsync(NetworkStream stream, FakeResponse response)
    {
        var body = Encoding.UTF8.GetBytes(response.Body);
        var head = new StringBuilder()
            .Append($"HTTP/1.1 {response.Status} {(HttpStatusCode)response.Status}\r\n")
            .Append("Content-Type: application/x-amz-json-1.0\r\n")
            .Append($"Content-Length: {body.Length}\r\n")
            .Append("Connection: close\r\n");
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            head.Append($"{name}: {value}\r\n");
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
        await stream.WriteAsync(body, _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
