using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Json;

namespace Asl.Local.Tasks;

/// <summary>Calls the C# handler of a Lambda function and reports failures the way Lambda does.</summary>
internal static class LambdaInvoker
{
    public static async Task<AslJson> InvokeAsync(TaskCall call, LambdaFunctionName function, AslJson payload, CancellationToken cancellation)
    {
        var engine = call.Engine;
        var arn = function.Arn(engine.Options.Region, engine.Options.AccountId);
        var handler = engine.FindLambda(function.Name)
            ?? throw new StatesError("Lambda.ResourceNotFoundException",
                $"Function not found: {arn} (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: {engine.NewRequestId()}; Proxy: null). " +
                $"The local engine has no handler or mock for the function '{function.Name}'.");
        var clock = new HandlerClock(engine.Loop);
        var invocation = new LambdaInvocation
        {
            Clock = clock,
            FunctionArn = arn,
            FunctionName = function.Name,
            Qualifier = function.Qualifier,
            Payload = payload,
            TaskToken = call.Pending?.Token,
            ExecutionArn = call.Run.Arn,
            StateName = call.StateName,
            Engine = engine,
        };
        try
        {
            return await HandlerCalls.CallAsync(clock, () => handler(invocation, cancellation));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (LambdaFunctionException e)
        {
            throw FunctionError(e.ErrorType, e);
        }
        catch (StatesError)
        {
            throw;
        }
        catch (Exception e)
        {
            throw FunctionError(e.GetType().Name, e);
        }
    }

    /// <summary>A function error: the error name is the error type; the cause is Lambda's error JSON.</summary>
    private static StatesError FunctionError(string errorType, Exception exception)
    {
        var trace = (exception.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var frames = new AslJson[trace.Length];
        for (var i = 0; i < trace.Length; i++) frames[i] = new AslJsonString(trace[i]);
        var cause = new JsonObjectBuilder(3)
            .AddUnique("errorMessage", new AslJsonString(exception.Message))
            .AddUnique("errorType", new AslJsonString(errorType))
            .AddUnique("stackTrace", JsonValues.Array(frames))
            .Build();
        return new StatesError(errorType, JsonText.Write(cause));
    }
}
