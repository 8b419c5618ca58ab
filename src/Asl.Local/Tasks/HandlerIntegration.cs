using Asl.Json;
using Asl.Local.Errors;
using Asl.Model;

namespace Asl.Local.Tasks;

/// <summary>A resource served by a registered <see cref="TaskHandler"/>. For <c>.sync</c> the handler's result is the job's result.</summary>
internal sealed class HandlerIntegration(TaskHandler handler) : ITaskIntegration
{
    public async Task<AslJson> InvokeAsync(TaskCall call, CancellationToken cancellation)
    {
        var clock = new HandlerClock(call.Engine.Loop);
        var invocation = new TaskInvocation
        {
            Clock = clock,
            Resource = call.Resource.Arn,
            Parameters = call.Parameters,
            TaskToken = call.Pending?.Token,
            ExecutionArn = call.Run.Arn,
            StateName = call.StateName,
            Engine = call.Engine,
        };
        try
        {
            return await HandlerCalls.CallAsync(clock, () => handler(invocation, cancellation));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (TaskFailedException e)
        {
            throw new StatesError(e.Error, e.Cause);
        }
        catch (StatesError)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new StatesError(ErrorNames.TaskFailed, $"The handler of '{call.Resource.Arn}' threw {e.GetType().Name}: {e.Message}");
        }
    }

    public Task<AslJson> SubmitAsync(TaskCall call, CancellationToken cancellation) => InvokeAsync(call, cancellation);

    public Task<AslJson> CompleteAsync(TaskCall call, AslJson submitted, CancellationToken cancellation) => Task.FromResult(submitted);
}
