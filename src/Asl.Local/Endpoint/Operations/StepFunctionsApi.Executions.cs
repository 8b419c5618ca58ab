using Asl.Api;
using System.Text.Json;

namespace Asl.Local.Endpoint.Operations;

// StartExecution, StartSyncExecution, DescribeExecution, ListExecutions, StopExecution.
internal sealed partial class StepFunctionsApi
{
    private const int MaxPayloadBytes = 262144;

    private byte[] StartExecution(ApiRequest request)
    {
        var arn = request.String("stateMachineArn", 256, required: true);
        var name = request.String("name", 80);
        var input = request.Payload("input", MaxPayloadBytes);
        request.String("traceHeader", 256, minLength: 0);
        request.ThrowIfInvalid();

        ApiArns.RequireStateMachine(arn!, allowTestCase: true);
        var machine = Engine.DescribeStateMachine(arn!);
        var started = machine.Type == "EXPRESS"
            ? Engine.StartExpressExecution(arn!, input, name)
            : Engine.StartExecution(arn!, input, name);
        return ResponseJson.Object(w =>
        {
            w.WriteString("executionArn", started.ExecutionArn);
            w.WriteTimestamp("startDate", started.StartDate);
        });
    }

    private async ValueTask<byte[]> StartSyncExecutionAsync(ApiRequest request, CancellationToken cancellation)
    {
        var arn = request.String("stateMachineArn", 256, required: true);
        var name = request.String("name", 80);
        var input = request.Payload("input", MaxPayloadBytes);
        request.String("traceHeader", 256, minLength: 0);
        var includeData = request.Enum("includedData", "ALL_DATA", "METADATA_ONLY") != "METADATA_ONLY";
        request.ThrowIfInvalid();

        ApiArns.RequireStateMachine(arn!, allowTestCase: true);
        var execution = await Engine.StartSyncExecutionAsync(arn!, input, name, cancellation).ConfigureAwait(false);
        var stopDate = execution.StopDate ?? Engine.Now;
        return ResponseJson.Object(w =>
        {
            // AWS bills EXPRESS executions in 100 ms steps of at least 100 ms, at 64 MB for small payloads (recorded answer).
            w.WriteStartObject("billingDetails");
            w.WriteNumber("billedDurationInMilliseconds", Math.Max(100, (long)Math.Ceiling((stopDate - execution.StartDate).TotalMilliseconds / 100) * 100));
            w.WriteNumber("billedMemoryUsedInMB", 64);
            w.WriteEndObject();
            w.WriteString("executionArn", execution.ExecutionArn);
            w.WriteString("stateMachineArn", execution.StateMachineArn);
            w.WriteString("name", execution.Name);
            w.WriteTimestamp("startDate", execution.StartDate);
            w.WriteTimestamp("stopDate", stopDate);
            w.WriteString("status", execution.Status.ToAwsName());
            w.WriteOptional("error", execution.Error);
            w.WriteOptional("cause", execution.Cause);
            WritePayloads(w, execution, includeData);
        });
    }

    private byte[] DescribeExecution(ApiRequest request)
    {
        var arn = request.String("executionArn", 256, required: true);
        var includeData = request.Enum("includedData", "ALL_DATA", "METADATA_ONLY") != "METADATA_ONLY";
        request.ThrowIfInvalid();

        ApiArns.RequireExecution(arn!);
        var execution = Engine.DescribeExecution(arn!);
        return ResponseJson.Object(w =>
        {
            w.WriteString("executionArn", execution.ExecutionArn);
            w.WriteString("stateMachineArn", execution.StateMachineArn);
            w.WriteString("name", execution.Name);
            w.WriteString("status", execution.Status.ToAwsName());
            w.WriteTimestamp("startDate", execution.StartDate);
            if (execution.StopDate is { } stopDate) w.WriteTimestamp("stopDate", stopDate);
            WritePayloads(w, execution, includeData);
            w.WriteOptional("error", execution.Error);
            w.WriteOptional("cause", execution.Cause);
        });
    }

    private byte[] ListExecutions(ApiRequest request)
    {
        var arn = request.String("stateMachineArn", 256);
        var statusName = request.Enum("statusFilter", "RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE");
        var maxResults = request.Integer("maxResults", 0, 1000);
        var nextToken = request.String("nextToken", 3096);
        var mapRunArn = request.String("mapRunArn", 2000);
        var redriveFilter = request.Enum("redriveFilter", "REDRIVEN", "NOT_REDRIVEN");
        request.ThrowIfInvalid();

        if (mapRunArn is not null)
            throw new ResourceNotFoundException($"Resource not found: '{mapRunArn}'. asl serve runs Map states inline and creates no Map Runs.");
        if (arn is null) throw new ValidationException("Must provide a StateMachine ARN or MapRun ARN");
        ApiArns.RequireStateMachine(arn);
        var machine = Engine.DescribeStateMachine(arn);
        if (machine.Type == "EXPRESS")
            throw new StateMachineTypeNotSupportedException(
                $"This operation is not supported by this type of state machine: '{machine.StateMachineArn}' is EXPRESS, whose executions are not kept. Use StartSyncExecution to see an EXPRESS execution's outcome.");

        // PENDING_REDRIVE and REDRIVEN match nothing: executions are never redriven here.
        IReadOnlyList<ExecutionSnapshot> executions =
            statusName == "PENDING_REDRIVE" || redriveFilter == "REDRIVEN" ? []
            : ExecutionStatusNames.FromAwsName(statusName) is var status and not (ExecutionStatus.Unknown or ExecutionStatus.PendingRedrive) ? Engine.ListExecutions(arn, status)
            : Engine.ListExecutions(arn);
        var scope = $"ListExecutions|{machine.StateMachineArn}|{statusName}|{redriveFilter}";
        var (page, next) = Paging.Take(executions, e => e.ExecutionArn, scope, nextToken, maxResults);
        return ResponseJson.Object(w =>
        {
            w.WriteStartArray("executions");
            foreach (var execution in page)
            {
                w.WriteStartObject();
                w.WriteString("executionArn", execution.ExecutionArn);
                w.WriteString("stateMachineArn", execution.StateMachineArn);
                w.WriteString("name", execution.Name);
                w.WriteString("status", execution.Status.ToAwsName());
                w.WriteTimestamp("startDate", execution.StartDate);
                if (execution.StopDate is { } stopDate) w.WriteTimestamp("stopDate", stopDate);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteOptional("nextToken", next);
        });
    }

    private byte[] StopExecution(ApiRequest request)
    {
        var arn = request.String("executionArn", 256, required: true);
        var error = request.String("error", 256, minLength: 0, sensitive: true);
        var cause = request.String("cause", 32768, minLength: 0, sensitive: true);
        request.ThrowIfInvalid();

        ApiArns.RequireExecution(arn!);
        var stopDate = Engine.StopExecution(arn!, error, cause);
        return ResponseJson.Object(w => w.WriteTimestamp("stopDate", stopDate));
    }

    /// <summary>input/output with their details, as DescribeExecution and StartSyncExecution give them.</summary>
    private static void WritePayloads(Utf8JsonWriter w, ExecutionSnapshot execution, bool includeData)
    {
        if (includeData) w.WriteString("input", execution.Input);
        w.WriteIncluded("inputDetails", includeData);
        if (execution.Output is null) return;
        if (includeData) w.WriteString("output", execution.Output);
        w.WriteIncluded("outputDetails", includeData);
    }
}
