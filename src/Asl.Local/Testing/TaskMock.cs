using Asl.Json;
using Asl.Local;
using Asl.Local.Errors;
using Asl.Local.Json;

namespace Asl.Testing;

/// <summary>
/// A stand-in for a Lambda function or a task resource (<see cref="WorkflowHarness.MockLambda{TRequest, TResponse}(string)"/>,
/// <see cref="WorkflowHarness.MockTask{TRequest, TResponse}(string)"/>): it reads each call's request as a
/// <typeparamref name="TRequest"/>, answers as set up (a value, a function of the request, a failure, nothing at all), and
/// keeps every call it received. Set it up before the execution runs; read <see cref="Calls"/> afterwards.
/// </summary>
/// <typeparam name="TRequest">The request: a Lambda function's payload, or a task's parameters.</typeparam>
/// <typeparam name="TResponse">The answer: the function's result (the <c>Payload</c> of lambda:invoke), or the task's result.</typeparam>
public sealed class TaskMock<TRequest, TResponse> : IMock
{
    private readonly object _sync = new();
    private readonly List<MockCall<TRequest>> _calls = new();
    private readonly Func<MockContext, TypedJson> _json;
    private Func<TRequest, Task<TResponse>>? _answer;
    private (string Error, string? Cause)? _failure;
    private (int Times, string Error, string? Cause)? _firstFailures;
    private bool _neverAnswers;
    private TimeSpan _duration;

    internal TaskMock(string target, bool isLambda, Func<MockContext, TypedJson> json)
    {
        Target = target;
        IsLambda = isLambda;
        _json = json;
    }

    /// <summary>What the mock stands in for: a Lambda function's name, or a task resource.</summary>
    public string Target { get; }

    /// <summary>True for a Lambda function, false for a task resource.</summary>
    public bool IsLambda { get; }

    /// <summary>Every call received so far, in order.</summary>
    public IReadOnlyList<MockCall<TRequest>> Calls
    {
        get
        {
            lock (_sync) return _calls.ToArray();
        }
    }

    /// <summary>The request of every call received so far, in order.</summary>
    public IReadOnlyList<TRequest> Requests => Calls.Select(c => c.Request).ToArray();

    /// <summary>Answers every call with <paramref name="response"/>.</summary>
    public TaskMock<TRequest, TResponse> Returns(TResponse response) => Returns(_ => Task.FromResult(response));

    /// <summary>Answers each call with what <paramref name="answer"/> returns for its request; an exception it throws fails the call.</summary>
    public TaskMock<TRequest, TResponse> Returns(Func<TRequest, TResponse> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Returns(request => Task.FromResult(answer(request)));
    }

    /// <summary>Answers each call with what <paramref name="answer"/> completes with.</summary>
    public TaskMock<TRequest, TResponse> Returns(Func<TRequest, Task<TResponse>> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        lock (_sync)
        {
            _answer = answer;
            _failure = null;
            _neverAnswers = false;
        }
        return this;
    }

    /// <summary>
    /// Fails every call with <paramref name="error"/> (the name Retry and Catch match) and <paramref name="cause"/>. A
    /// Lambda function fails as Lambda reports a function error (the cause is Lambda's error JSON, with
    /// <c>errorMessage</c> = <paramref name="cause"/>), unless the error is one of Lambda's own (<c>Lambda.*</c>).
    /// </summary>
    public TaskMock<TRequest, TResponse> Fails(string error, string? cause = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        lock (_sync)
        {
            _failure = (error, cause);
            _answer = null;
            _neverAnswers = false;
        }
        return this;
    }

    /// <summary>Fails the first <paramref name="times"/> calls as <see cref="Fails"/> does; later calls get the other answer set up.</summary>
    public TaskMock<TRequest, TResponse> FailsFirst(int times, string error, string? cause = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        ArgumentException.ThrowIfNullOrEmpty(error);
        lock (_sync) _firstFailures = (times, error, cause);
        return this;
    }

    /// <summary>
    /// Never answers: the call waits until the Task state's TimeoutSeconds or HeartbeatSeconds pass (on the engine's clock)
    /// or the execution stops. For a <c>.waitForTaskToken</c> resource the call itself returns and nobody sends the token.
    /// </summary>
    public TaskMock<TRequest, TResponse> NeverAnswers()
    {
        lock (_sync)
        {
            _neverAnswers = true;
            _answer = null;
            _failure = null;
        }
        return this;
    }

    /// <summary>Lets each call take <paramref name="duration"/> on the engine's clock before it answers (or fails).</summary>
    public TaskMock<TRequest, TResponse> Takes(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        lock (_sync) _duration = duration;
        return this;
    }

    int IMock.CallCount
    {
        get
        {
            lock (_sync) return _calls.Count;
        }
    }

    internal async ValueTask<AslJson> AnswerAsync(AslJson request, MockContext context, CancellationToken cancellation)
    {
        var json = _json(context); // the calling machine's naming policy
        var typed = json.Read<TRequest>(request, $"The request to the mock of '{Target}' (state '{context.StateName}')");
        int number;
        Func<TRequest, Task<TResponse>>? answer;
        (string Error, string? Cause)? failure;
        bool neverAnswers;
        TimeSpan duration;
        lock (_sync)
        {
            _calls.Add(new MockCall<TRequest>
            {
                Request = typed,
                RequestJson = JsonText.Write(request),
                StateName = context.StateName,
                ExecutionArn = context.ExecutionArn,
                TaskToken = context.TaskToken,
                Time = context.Time,
            });
            number = _calls.Count;
            answer = _answer;
            failure = _firstFailures is { } first && number <= first.Times ? (first.Error, first.Cause) : _failure;
            neverAnswers = _neverAnswers && failure is null;
            duration = _duration;
        }

        if (duration > TimeSpan.Zero) await context.DelayAsync(duration, cancellation);
        if (failure is { } fail) throw Failure(fail.Error, fail.Cause);
        if (neverAnswers)
        {
            if (context.WaitsForToken) return AslJson.Null;
            await context.DelayAsync(Timeout.InfiniteTimeSpan, cancellation);
        }
        if (answer is null)
            throw new InvalidOperationException(
                $"The mock of '{Target}' has no answer for call {number} (state '{context.StateName}'): set one up with Returns(...), Fails(...) or NeverAnswers().");
        var response = await answer(typed);
        return json.Write(response);
    }

    private Exception Failure(string error, string? cause)
    {
        if (!IsLambda || error.StartsWith("Lambda.", StringComparison.Ordinal)) return new StatesError(error, cause);
        return new LambdaFunctionException(error, cause ?? error);
    }
}

/// <summary>What every mock tells the harness, whatever its types.</summary>
internal interface IMock
{
    string Target { get; }

    bool IsLambda { get; }

    int CallCount { get; }
}

/// <summary>Where a mocked call comes from, and how it waits on the engine's clock.</summary>
internal sealed record MockContext(string StateName, string ExecutionArn, string? TaskToken, DateTimeOffset Time, bool WaitsForToken,
    Func<TimeSpan, CancellationToken, Task> DelayAsync);
