using System;
using System.Linq.Expressions;

namespace Asl;

/// <summary>
/// Builds a Task that invokes a Lambda function (<c>arn:aws:states:::lambda:invoke</c>). Its request (FunctionName,
/// Payload) goes to Parameters in a JSONPath state and to Arguments in a JSONata state. Like AWS CDK's LambdaInvoke it
/// retries Lambda's transient service errors (<see cref="Errors.Lambda.Transient"/>: every 2 seconds, doubling, at most
/// 6 times) before the workflow's own retriers, unless <see cref="RetryOnServiceExceptions"/> turns that off or the
/// workflow's retriers name one of those errors themselves.
/// </summary>
public sealed class LambdaInvokeBuilder : TaskBuilder<LambdaInvokeBuilder>
{
    private readonly string _functionName;
    private bool _waitForTaskToken;
    private bool _retryOnServiceExceptions = true;
    private Template? _payload;
    private (string Answer, string Invoke)? _returns;

    internal LambdaInvokeBuilder(string name, string functionName) : base(name)
    {
        _functionName = functionName;
        RecordRequest("FunctionName", nameof(functionName));
    }

    /// <summary>The event given to the function; without it the whole state input is passed.</summary>
    public LambdaInvokeBuilder Payload(object payload)
    {
        _payload = Template.Capture(payload);
        RecordRequest("Payload", nameof(payload));
        return this;
    }

    /// <summary>The event given to the function, computed by a C# lambda over the state input (paths in JSONPath, JSONata expressions in JSONata).</summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TPayload">The event's type.</typeparam>
    public LambdaInvokeBuilder Payload<TInput, TPayload>(Expression<Func<TInput, TPayload>> payload) => Payload(ExpressionTreeReader.Read(payload));

    /// <summary>
    /// The event given to the function, computed by a C# lambda over the state input and the context object:
    /// <c>(Order o, Ctx c) =&gt; new { o.OrderId, TaskToken = c.Task.Token }</c>.
    /// </summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TContext"><see cref="Ctx"/>, or <see cref="Ctx{TVars}"/> to read variables.</typeparam>
    /// <typeparam name="TPayload">The event's type.</typeparam>
    public LambdaInvokeBuilder Payload<TInput, TContext, TPayload>(Expression<Func<TInput, TContext, TPayload>> payload) where TContext : Ctx =>
        Payload(ExpressionTreeReader.Read(payload));

    internal LambdaInvokeBuilder Payload(DataLambda payload)
    {
        _payload = Template.Lambda(Lambda(payload));
        RecordRequest("Payload", nameof(payload));
        return this;
    }

    /// <summary>
    /// States the type of the function's answer, so that it flows to the next state: the state's result is a
    /// <see cref="LambdaInvokeResult{T}"/> (its <c>Payload</c> is the answer; <c>.OutputPath("$.Payload")</c> hands on the
    /// answer itself), and with <see cref="WaitForTaskToken"/> the result is what <c>SendTaskSuccess</c> sends, a
    /// <typeparamref name="T"/>. The build takes it on trust, as <c>Result&lt;T&gt;()</c>.
    /// </summary>
    /// <typeparam name="T">The type of the function's answer.</typeparam>
    public LambdaInvokeBuilder Returns<T>() =>
        Returns(DataMethods.TypeName(typeof(T)), DataMethods.TypeName(typeof(LambdaInvokeResult<T>)));

    // The compile-time twin: the generator names both types from the compilation.
    internal LambdaInvokeBuilder Returns(string answer, string invoke)
    {
        _returns = (answer, invoke);
        return this;
    }

    private protected override string? ResultType =>
        base.ResultType ?? (_returns is { } returns ? (_waitForTaskToken ? returns.Answer : returns.Invoke) : null);

    /// <summary>Waits until the function (or anyone with the token) calls SendTaskSuccess / SendTaskFailure.</summary>
    public LambdaInvokeBuilder WaitForTaskToken()
    {
        _waitForTaskToken = true;
        Record("Resource");
        return this;
    }

    /// <summary>
    /// Whether the state retries Lambda's transient service errors (on by default): <c>ErrorEquals</c>
    /// <see cref="Errors.Lambda.Transient"/>, <c>IntervalSeconds</c> 2, <c>MaxAttempts</c> 6, <c>BackoffRate</c> 2, as the
    /// first retrier. Turn it off to handle these errors yourself; a <c>.Retry(...)</c> that names one of them turns it off too.
    /// </summary>
    public LambdaInvokeBuilder RetryOnServiceExceptions(bool retry)
    {
        _retryOnServiceExceptions = retry;
        return this;
    }

    /// <summary>
    /// The service retry, unless it is turned off or the workflow's own retriers name one of its errors: then the workflow
    /// handles them its way, and a second retrier for them would only be unreachable.
    /// </summary>
    internal override Asl.Model.Retrier? DefaultRetry
    {
        get
        {
            if (!_retryOnServiceExceptions) return null;
            foreach (var retrier in Retriers)
                foreach (var error in retrier.ErrorEquals)
                    if (System.Array.IndexOf(Errors.Lambda.Transient, error) >= 0) return null;
            return ServiceRetry;
        }
    }

    private static readonly Asl.Model.Retrier ServiceRetry = new(Asl.Collections.EquatableArray.ToEquatableArray(Errors.Lambda.Transient))
    {
        IntervalSeconds = Asl.Json.AslJson.Of(2),
        MaxAttempts = Asl.Json.AslJson.Of(6),
        BackoffRate = Asl.Json.AslJson.Of(2),
    };

    /// <inheritdoc />
    protected override string Resource => "arn:aws:states:::lambda:invoke" + (_waitForTaskToken ? ".waitForTaskToken" : "");

    /// <inheritdoc />
    protected override string IntegrationName => "LambdaInvoke";

    /// <inheritdoc />
    protected override void WriteRequest(IntegrationRequest request) => request
        .Add("FunctionName", _functionName)
        .Add("Payload", _payload ?? Template.Capture(Input.Whole));
}
