using System.Text;
using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.Json;
using Asl.Model;
using Asl.Api;

namespace Asl.Local.Tasks;

/// <summary>
/// <c>arn:aws:states:::states:startExecution</c>: starts a child execution (StateMachineArn, Input, Name).
/// Request-response returns ExecutionArn and StartDate; <c>.sync</c> and <c>.sync:2</c> wait for the child and return its
/// description (Output as JSON text, or parsed for <c>:2</c>); a child that does not succeed fails the task with
/// States.TaskFailed and the child's description as the cause. Stopping the parent (or timing the task out)
/// stops a <c>.sync</c> child.
/// </summary>
internal sealed class StartExecutionIntegration : ITaskIntegration
{
    public static StartExecutionIntegration Instance { get; } = new();

    public Task<AslJson> InvokeAsync(TaskCall call, CancellationToken cancellation) => Task.FromResult(Start(call));

    public Task<AslJson> SubmitAsync(TaskCall call, CancellationToken cancellation) => Task.FromResult(Start(call));

    public async Task<AslJson> CompleteAsync(TaskCall call, AslJson submitted, CancellationToken cancellation)
    {
        var childArn = ((AslJsonString)((AslJsonObject)submitted)["ExecutionArn"]!).Value;
        var child = call.Engine.FindRun(childArn);
        call.Run.TrackSyncChild(child);
        try
        {
            await child.Finished.WaitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            if (child.IsRunning)
                child.Abort(null, $"The parent task '{call.StateName}' of execution '{call.Run.Arn}' was aborted or timed out while waiting for this execution.");
            throw;
        }
        finally
        {
            call.Run.UntrackSyncChild(child);
        }
        var parsed = call.Resource.Pattern == IntegrationPattern.Sync2;
        if (child.Status == ExecutionStatus.Succeeded) return Description(call.Engine, child, parsed, forFailure: false);
        throw new StatesError(ErrorNames.TaskFailed, JsonText.Write(Description(call.Engine, child, parsed, forFailure: true)));
    }

    private static AslJson Start(TaskCall call)
    {
        var engine = call.Engine;
        if (call.Parameters is not AslJsonObject parameters || parameters["StateMachineArn"] is not AslJsonString machineArn)
            throw new StatesError(ErrorNames.TaskFailed, "The states:startExecution parameters need StateMachineArn (string), and may have Input and Name.");
        var input = parameters["Input"] switch
        {
            null or AslJsonNull => "{}",
            AslJsonString text => text.Value,
            var value => JsonText.Write(value),
        };
        var name = parameters["Name"] is AslJsonString n ? n.Value : null;
        ExecutionRun child;
        try
        {
            child = engine.StartRun(machineArn.Value, input, name, call.Run);
        }
        catch (StepFunctionsException e)
        {
            throw new StatesError($"StepFunctions.{e.ErrorCode}Exception",
                $"{e.Message} (Service: AWSStepFunctions; Status Code: 400; Error Code: {e.ErrorCode}; Request ID: {engine.NewRequestId()}; Proxy: null)");
        }
        var requestId = engine.NewRequestId();
        var body = JsonText.Write(new JsonObjectBuilder(2)
            .AddUnique("executionArn", new AslJsonString(child.Arn))
            .AddUnique("startDate", JsonValues.Number(child.StartDate.ToUnixTimeMilliseconds() / 1000m))
            .Build());
        return new JsonObjectBuilder(4)
            .AddUnique("ExecutionArn", new AslJsonString(child.Arn))
            .AddUnique("SdkHttpMetadata", ServiceResponses.HttpMetadata(engine, requestId, Encoding.UTF8.GetByteCount(body)))
            .AddUnique("SdkResponseMetadata", ServiceResponses.ResponseMetadata(requestId))
            .AddUnique("StartDate", ServiceResponses.Date(engine, child.StartDate))
            .Build();
    }

    /// <summary>The child's DescribeExecution response with PascalCase keys, in AWS's (alphabetical) order.</summary>
    private static AslJsonObject Description(LocalEngine engine, ExecutionRun child, bool parsed, bool forFailure)
    {
        var d = new JsonObjectBuilder(16);
        if (forFailure)
        {
            if (child.Cause is not null) d.AddUnique("Cause", new AslJsonString(child.Cause));
            if (child.Error is not null) d.AddUnique("Error", new AslJsonString(child.Error));
        }
        d.AddUnique("ExecutionArn", new AslJsonString(child.Arn));
        d.AddUnique("Input", parsed ? child.Input : new AslJsonString(child.InputText));
        d.AddUnique("InputDetails", Included());
        d.AddUnique("Name", new AslJsonString(child.Name));
        if (child.Output is not null)
        {
            d.AddUnique("Output", parsed ? child.Output : new AslJsonString(JsonText.Write(child.Output)));
            d.AddUnique("OutputDetails", Included());
        }
        if (!forFailure)
        {
            d.AddUnique("RedriveCount", JsonValues.Number(0));
            d.AddUnique("RedriveStatus", new AslJsonString("NOT_REDRIVABLE"));
            d.AddUnique("RedriveStatusReason", new AslJsonString("Execution is SUCCEEDED and cannot be redriven"));
        }
        d.AddUnique("StartDate", ServiceResponses.Date(engine, child.StartDate));
        d.AddUnique("StateMachineArn", new AslJsonString(child.Machine.StateMachineArn));
        d.AddUnique("Status", new AslJsonString(child.Status.ToAwsName()));
        if (child.StopDate is { } stop) d.AddUnique("StopDate", ServiceResponses.Date(engine, stop));
        return d.Build();
    }

    private static AslJsonObject Included() => new JsonObjectBuilder(1).AddUnique("Included", AslJsonBool.True).Build();
}
