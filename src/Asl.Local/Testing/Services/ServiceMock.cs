using System.Text.Json;
using Asl.Local.Errors;
using Asl.Model;

namespace Asl.Testing;

/// <summary>
/// The shared part of the typed service mocks (<see cref="SnsTopicMock"/>, <see cref="SqsQueueMock"/>,
/// <see cref="EventBusMock"/>, <see cref="JobMock{TRequest}"/>, <see cref="HttpEndpointMock"/>): each call is recorded as a
/// typed <typeparamref name="TCall"/> in <see cref="Calls"/>, then answered as the service answers, unless a failure or a
/// duration was set up here.
/// </summary>
/// <typeparam name="TSelf">The concrete mock.</typeparam>
/// <typeparam name="TCall">What one call records.</typeparam>
public abstract class ServiceMock<TSelf, TCall> : IMock where TSelf : ServiceMock<TSelf, TCall>
{
    private readonly List<TCall> _calls = new();
    private (string Error, string? Cause)? _failure;
    private (int Times, string Error, string? Cause)? _firstFailures;
    private TimeSpan _duration;
    private Action<TCall>? _listener;
    private long _sequence;

    private protected ServiceMock(string target) => Target = target;

    /// <summary>What the mock stands in for, as it was given (a name, an ARN, a URL or a <c>${Placeholder}</c>).</summary>
    public string Target { get; }

    /// <summary>Every call received so far, in order (calls that failed included).</summary>
    public IReadOnlyList<TCall> Calls
    {
        get
        {
            lock (Sync) return _calls.ToArray();
        }
    }

    /// <summary>Guards the mock's state: the engine calls it while the test reads it.</summary>
    private protected object Sync { get; } = new();

    private TSelf Self => (TSelf)this;

    /// <summary>
    /// Fails every call with <paramref name="error"/> (the name Retry and Catch match, for example
    /// <see cref="Errors.SNS.NotFoundException"/>) and <paramref name="cause"/>, as the service would refuse the request.
    /// </summary>
    public TSelf Fails(string error, string? cause = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        lock (Sync) _failure = (error, cause);
        return Self;
    }

    /// <summary>Fails the first <paramref name="times"/> calls as <see cref="Fails"/> does, then answers: for Retry.</summary>
    public TSelf FailsFirst(int times, string error, string? cause = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        ArgumentException.ThrowIfNullOrEmpty(error);
        lock (Sync) _firstFailures = (times, error, cause);
        return Self;
    }

    /// <summary>Lets each call take <paramref name="duration"/> on the engine's clock before it answers (or fails).</summary>
    public TSelf Takes(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        lock (Sync) _duration = duration;
        return Self;
    }

    bool IMock.IsLambda => false;

    int IMock.CallCount
    {
        get
        {
            lock (Sync) return _calls.Count;
        }
    }

    /// <summary>Sets what plays the receiving side (a subscriber, a consumer, a rule's target); see <see cref="Notify"/>.</summary>
    private protected TSelf Listen(Action<TCall> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (Sync) _listener = listener;
        return Self;
    }

    /// <summary>Hands an answered call to the listener set with <see cref="Listen"/>, if any.</summary>
    private protected void Notify(TCall call)
    {
        Action<TCall>? listener;
        lock (Sync) listener = _listener;
        listener?.Invoke(call);
    }

    /// <summary>The next <c>SequenceNumber</c> of a FIFO topic or queue (a message with a group), 20 digits; null otherwise.</summary>
    private protected string? NextSequenceNumber(string? messageGroupId)
    {
        if (messageGroupId is null) return null;
        lock (Sync) return (++_sequence).ToString("D20", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Records a call, waits the duration set up, and throws the failure set up for it.</summary>
    private protected async Task RecordAsync(TCall call, MockContext context, CancellationToken cancellation)
    {
        (string Error, string? Cause)? failure;
        TimeSpan duration;
        lock (Sync)
        {
            _calls.Add(call);
            failure = _firstFailures is { } first && _calls.Count <= first.Times ? (first.Error, first.Cause) : _failure;
            duration = _duration;
        }
        if (duration > TimeSpan.Zero) await context.DelayAsync(duration, cancellation);
        if (failure is { } fail) throw new StatesError(fail.Error, fail.Cause);
    }
}

/// <summary>One call a typed service mock received: where it came from, and the task token when the state waits for one.</summary>
public abstract class ServiceCall
{
    private readonly WorkflowHarness _harness;

    private protected ServiceCall(WorkflowHarness harness, MockContext context)
    {
        _harness = harness;
        StateName = context.StateName;
        ExecutionArn = context.ExecutionArn;
        TaskToken = context.TaskToken;
        Time = context.Time;
    }

    /// <summary>The Task state that made the call.</summary>
    public string StateName { get; }

    /// <summary>The execution that made the call.</summary>
    public string ExecutionArn { get; }

    /// <summary>The task token when the state waits for one (<c>.waitForTaskToken</c>); null otherwise.</summary>
    public string? TaskToken { get; }

    /// <summary>When the call was made, on the engine's clock.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>Completes the waiting task with <paramref name="output"/>, as the consumer of the message would with SendTaskSuccess.</summary>
    /// <exception cref="InvalidOperationException">The state does not wait for a token.</exception>
    public void SendTaskSuccess<T>(T output) => _harness.SendTaskSuccess(Token(), output);

    /// <summary>Fails the waiting task, as the consumer of the message would with SendTaskFailure.</summary>
    /// <exception cref="InvalidOperationException">The state does not wait for a token.</exception>
    public void SendTaskFailure(string? error = null, string? cause = null) => _harness.SendTaskFailure(Token(), error, cause);

    private protected T Read<T>(string json, string what) => _harness.Json.Read<T>(json, what);

    private string Token() => TaskToken ?? throw new InvalidOperationException(
        $"State '{StateName}' does not wait for a task token; only a .WaitForTaskToken() state can be answered with SendTaskSuccess or SendTaskFailure.");
}
