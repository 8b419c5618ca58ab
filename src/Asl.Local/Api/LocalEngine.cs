using Asl.Local.Execution;
using Asl.Local.Scheduling;
using Asl.Local.Tasks;

namespace Asl.Local;

/// <summary>
/// Runs Amazon States Language state machines in this process, with the semantics AWS Step Functions documents:
/// input and output processing, intrinsic functions, the Context Object, Retry and Catch, timeouts and
/// heartbeats, Parallel and Map, nested executions, task tokens, and AWS-shaped execution histories. Lambda
/// functions and other resources are C# handlers or mocked responses. By default time is virtual: a Wait of an
/// hour takes no real time. All members are thread-safe.
/// </summary>
public sealed partial class LocalEngine : IDisposable
{
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Task? _backgroundLoop;

    /// <summary>Creates an engine.</summary>
    public LocalEngine(LocalEngineOptions? options = null)
    {
        Options = options ?? new LocalEngineOptions();
        var start = Options.StartTime ?? DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Loop = new EngineLoop(Options.ClockMode, start);
        Random = Options.RandomSeed is { } seed ? new Random(seed) : new Random();
        S3 = Options.S3 ?? new LocalS3();
        S3.Clock = () => Now;
        if (Options.ClockMode == ClockMode.Real)
            _backgroundLoop = Task.Run(() => Loop.PumpAsync(() => _shutdown.IsCancellationRequested, true, null, _shutdown.Token));
    }

    /// <summary>The options the engine was created with.</summary>
    public LocalEngineOptions Options { get; }

    /// <summary>The current time on the engine's clock.</summary>
    public DateTimeOffset Now => Loop.Now;

    /// <summary>
    /// The S3 this engine's distributed Maps and <c>aws-sdk:s3</c> tasks read and write: <see cref="LocalEngineOptions.S3"/>,
    /// or an empty in-memory one. Fill it before starting executions: <c>engine.S3.Bucket("input").Put("items.json", "[1,2]")</c>.
    /// </summary>
    public LocalS3 S3 { get; }

    internal EngineLoop Loop { get; }

    internal Random Random { get; }

    internal TaskTokens Tokens { get; } = new();

    /// <summary>Keeps every state entry of the executions started from now on (for the test harness); off by default, as it costs an object per state.</summary>
    internal bool TracesStateVisits { get; set; }

    internal string Arn(string kind, string name) => $"arn:aws:states:{Options.Region}:{Options.AccountId}:{kind}:{name}";

    /// <summary>A request id for simulated service responses (repeatable when the engine is seeded).</summary>
    internal string NewRequestId() => NewGuid().ToString();

    internal Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Stops the background loop (real-time mode). Running executions stay as they are.</summary>
    public void Dispose()
    {
        if (_shutdown.IsCancellationRequested) return;
        _shutdown.Cancel();
        try
        {
            _backgroundLoop?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with a cancellation; nothing else can escape it.
        }
        _shutdown.Dispose();
    }
}
