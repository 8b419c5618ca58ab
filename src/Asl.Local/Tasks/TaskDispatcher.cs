using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Local.Json;
using Asl.Local.Paths;
using Asl.Local.Processing;
using Asl.Local.S3;
using Asl.Model;

namespace Asl.Local.Tasks;

/// <summary>
/// One attempt of a Task state: issues the task token, evaluates the parameters, picks the implementation
/// (a mock, a registered handler, Lambda, startExecution) and records the history events of the call.
/// </summary>
internal static class TaskDispatcher
{
    public static async Task<AslJson> InvokeAsync(Frame frame, StateScope scope, NamedState named, TaskState state, AslJson effective)
    {
        if (state.Resource.Contains("${", StringComparison.Ordinal))
            throw StatesError.Runtime($"The Resource '{state.Resource}' still contains a ${{...}} placeholder; register the state machine with definition substitutions that fill it.");
        var resource = TaskResource.Parse(state.Resource);
        var run = frame.Run;
        var pending = resource.Pattern == IntegrationPattern.WaitForTaskToken ? frame.Engine.Tokens.Issue(run, named.Name) : null;
        try
        {
            var jsonata = frame.IsJsonAta(state) ? JsonAtaFlow.For(scope) : null;
            AslJson parameters;
            scope.TaskToken = pending?.Token;
            try
            {
                parameters = jsonata is null
                    ? JsonPathFlow.Template(state.Parameters, effective, scope)
                    : state.Arguments is null ? effective : jsonata.Evaluate(state.Arguments, "Arguments");
            }
            finally
            {
                scope.TaskToken = null;
            }
            var call = new TaskCall
            {
                Frame = frame,
                Scope = scope,
                State = named,
                Resource = resource,
                Parameters = parameters,
                Pending = pending,
                TimeoutSeconds = Seconds(state.TimeoutSeconds, state.TimeoutSecondsPath, "TimeoutSeconds", effective, scope, jsonata),
                HeartbeatSeconds = Seconds(state.HeartbeatSeconds, state.HeartbeatSecondsPath, "HeartbeatSeconds", effective, scope, jsonata),
            };

            var mock = FindMock(call);
            if (resource.Kind == ResourceKind.LambdaFunction && frame.Engine.FindTaskHandler(resource.Arn, resource.Arn) is null)
                return await RunLambdaFunctionAsync(call, mock);
            var integration = mock ?? SelectIntegration(call)
                ?? throw StatesError.Runtime($"The local engine has no handler or mock for the resource '{resource.Arn}' of the state '{named.Name}'.");
            return await RunServiceTaskAsync(call, integration, isMock: mock is not null);
        }
        finally
        {
            if (pending is not null)
            {
                pending.Close();
                run.UntrackOpenTask(pending);
            }
        }
    }

    private static ITaskIntegration? SelectIntegration(TaskCall call)
    {
        var resource = call.Resource;
        if (call.Engine.FindTaskHandler(resource.Arn, resource.WithoutPattern) is { } handler) return new HandlerIntegration(handler);
        if (resource.IsLambdaInvoke) return LambdaInvokeIntegration.Instance;
        if (resource.IsStartExecution) return StartExecutionIntegration.Instance;
        if (S3SdkIntegration.Serves(resource)) return S3SdkIntegration.Instance;
        return null;
    }

    private static MockIntegration? FindMock(TaskCall call)
    {
        var run = call.Run;
        var config = call.Engine.Options.MockConfig;
        if (run.TestCase is null || config is null || !config.Mocks(run.Machine.Name, run.TestCase, call.StateName)) return null;
        var invocation = run.NextMockInvocation(call.StateName);
        if (config.TryGetResponse(run.Machine.Name, run.TestCase, call.StateName, invocation, out var response, out var problem))
            return new MockIntegration(response);
        throw StatesError.Runtime($"The mock configuration cannot answer this call: {problem}.");
    }

    private static async Task<AslJson> RunServiceTaskAsync(TaskCall call, ITaskIntegration integration, bool isMock)
    {
        var events = new TaskEvents(call);
        events.Scheduled();
        events.Started();
        try
        {
            var result = await TaskSupervisor.RunAsync(call, cancellation => isMock
                ? integration.InvokeAsync(call, cancellation)
                : RunPatternAsync(call, integration, events, cancellation));
            events.Succeeded(result);
            return result;
        }
        catch (StatesError e) when (call.Run.IsRunning && !call.Frame.Token.IsCancellationRequested)
        {
            e.EventId = e.Error is ErrorNames.Timeout or ErrorNames.HeartbeatTimeout && e.Cause is null
                ? events.TimedOut(e.Error, e.Cause)
                : events.Failed(e.Error, e.Cause);
            throw;
        }
    }

    private static async Task<AslJson> RunPatternAsync(TaskCall call, ITaskIntegration integration, TaskEvents events, CancellationToken cancellation)
    {
        switch (call.Resource.Pattern)
        {
            case IntegrationPattern.Sync:
            case IntegrationPattern.Sync2:
            {
                var submitted = await integration.SubmitAsync(call, cancellation);
                events.Submitted(submitted);
                return await integration.CompleteAsync(call, submitted, cancellation);
            }
            case IntegrationPattern.WaitForTaskToken:
            {
                var submitted = await integration.SubmitAsync(call, cancellation);
                events.Submitted(submitted);
                var outcome = await call.Pending!.Outcome.WaitAsync(cancellation);
                return outcome.Succeeded ? outcome.Output! : throw new StatesError(outcome.Error, outcome.Cause);
            }
            default:
                return await integration.InvokeAsync(call, cancellation);
        }
    }

    /// <summary>A plain Lambda ARN as Resource: the input goes to the function as is; history uses LambdaFunction* events.</summary>
    private static async Task<AslJson> RunLambdaFunctionAsync(TaskCall call, MockIntegration? mock)
    {
        var frame = call.Frame;
        frame.Record(HistoryEventType.LambdaFunctionScheduled, new EventData
        {
            Resource = call.Resource.Arn,
            Input = call.Parameters,
            TimeoutInSeconds = call.TimeoutSeconds,
        });
        frame.Record(HistoryEventType.LambdaFunctionStarted);
        try
        {
            var function = LambdaFunctionName.Parse(call.Resource.Arn)!;
            var result = await TaskSupervisor.RunAsync(call, cancellation => mock is not null
                ? mock.InvokeAsync(call, cancellation)
                : LambdaInvoker.InvokeAsync(call, function, call.Parameters, cancellation));
            frame.Record(HistoryEventType.LambdaFunctionSucceeded, new EventData { Output = result });
            return result;
        }
        catch (StatesError e) when (call.Run.IsRunning && !frame.Token.IsCancellationRequested)
        {
            var type = e.Error == ErrorNames.Timeout && e.Cause is null ? HistoryEventType.LambdaFunctionTimedOut : HistoryEventType.LambdaFunctionFailed;
            e.EventId = frame.Record(type, new EventData { Error = e.Error, Cause = e.Cause });
            throw;
        }
    }

    private static long? Seconds(AslJson? literal, string? path, string field, AslJson effective, StateScope scope, JsonAtaFlow? jsonata)
    {
        AslJson? value = literal;
        if (value is not null && jsonata is not null) value = jsonata.Evaluate(value, field);
        if (value is null && path is not null)
        {
            var parsed = PathCache.GetPath(path, field + "Path");
            scope.Input = effective;
            if (!PathEvaluator.TryEvaluate(parsed, scope, out var selected, out _))
                throw StatesError.Runtime($"Invalid path '{path}' : No results for path: {JaywayFormat.Bracketed(parsed)}");
            value = selected;
        }
        if (value is null) return null;
        if (value is AslJsonNumber n && n.TryGetInt64(out var seconds) && seconds > 0 && seconds <= 99999999) return seconds;
        throw StatesError.Runtime($"{field} must be a positive integer of at most 99999999, but it is {JsonText.Write(value)}.");
    }
}
