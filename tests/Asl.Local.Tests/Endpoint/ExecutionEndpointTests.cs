using System.Text.Json;
using Asl.Json;

namespace Asl.Local.Tests.Endpoint;

/// <summary>StartExecution, DescribeExecution, ListExecutions, StopExecution and GetExecutionHistory over HTTP.</summary>
public sealed class ExecutionEndpointTests
{
    [Fact]
    public async Task An_execution_runs_without_a_driver_call_and_a_Wait_of_an_hour_takes_no_real_time()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Waiter", Definitions.WaitAnHour);
        var started = DateTime.UtcNow;

        var execution = await api.WaitForEndAsync(await api.StartAsync(arn, "{\"a\": 1}", "first"));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
        Assert.Equal("SUCCEEDED", execution.GetProperty("status").GetString());
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:Waiter:first", execution.GetProperty("executionArn").GetString());
        Assert.Equal("{\"a\": 1}", execution.GetProperty("input").GetString());
        Assert.Equal("\"done\"", execution.GetProperty("output").GetString());
        Assert.Equal(3600m, execution.GetProperty("stopDate").GetDecimal() - execution.GetProperty("startDate").GetDecimal());
        Assert.Equal("""{"included":true}""", execution.GetProperty("outputDetails").GetRawText());
    }

    [Fact]
    public async Task An_execution_past_the_retention_answers_ExecutionDoesNotExist_as_an_expired_one_does_in_AWS()
    {
        await using var api = await ApiClient.StartAsync(new LocalEngine(new LocalEngineOptions { StartTime = TestEngine.Start, RetainedExecutions = 2 }));
        var arn = await api.CreateAsync("Echo", Definitions.Pass);
        var executions = new List<string>();
        for (var i = 0; i < 3; i++) executions.Add((await api.WaitForEndAsync(await api.StartAsync(arn, "{}", $"e{i}"))).GetProperty("executionArn").GetString()!);

        var described = await api.FailsAsync("DescribeExecution", new { executionArn = executions[0] }, "ExecutionDoesNotExist");
        var history = await api.FailsAsync("GetExecutionHistory", new { executionArn = executions[0] }, "ExecutionDoesNotExist");
        var listed = (await api.OkAsync("ListExecutions", new { stateMachineArn = arn })).GetProperty("executions").EnumerateArray();

        Assert.Equal($"Execution Does Not Exist: '{executions[0]}'", described);
        Assert.Equal(described, history);
        Assert.Equal(["e2", "e1"], listed.Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task StartExecution_answers_the_ARN_and_the_start_date()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Starter", Definitions.Pass);

        var started = await api.OkAsync("StartExecution", new { stateMachineArn = arn, name = "run-1" });

        Assert.Equal(["executionArn", "startDate"], started.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, started.GetProperty("startDate").ValueKind);
    }

    [Fact]
    public async Task Without_a_name_the_execution_gets_a_UUID_and_without_input_an_empty_object()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Defaults", Definitions.Pass);

        var execution = await api.WaitForEndAsync(await api.StartAsync(arn, name: null, input: "{}"));
        var bare = await api.OkAsync("StartExecution", new { stateMachineArn = arn });
        var described = await api.WaitForEndAsync(bare.GetProperty("executionArn").GetString()!);

        Assert.True(Guid.TryParse(execution.GetProperty("name").GetString(), out _));
        Assert.Equal("{}", described.GetProperty("input").GetString());
    }

    [Fact]
    public async Task A_failed_execution_reports_its_error_and_cause_and_no_output()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Failing", Definitions.Fails);

        var execution = await api.WaitForEndAsync(await api.StartAsync(arn));

        Assert.Equal("FAILED", execution.GetProperty("status").GetString());
        Assert.Equal("Custom.Broken", execution.GetProperty("error").GetString());
        Assert.Equal("it broke", execution.GetProperty("cause").GetString());
        Assert.False(execution.TryGetProperty("output", out _));
    }

    [Fact]
    public async Task METADATA_ONLY_leaves_out_input_and_output()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Quiet", Definitions.Pass);
        var executionArn = await api.StartAsync(arn, "{\"secret\": 1}");
        await api.WaitForEndAsync(executionArn);

        var described = await api.OkAsync("DescribeExecution", new { executionArn, includedData = "METADATA_ONLY" });

        Assert.False(described.TryGetProperty("input", out _));
        Assert.False(described.TryGetProperty("output", out _));
        Assert.Equal("""{"included":false}""", described.GetProperty("inputDetails").GetRawText());
    }

    [Fact]
    public async Task Starting_a_running_execution_again_with_the_same_input_returns_it_and_with_other_input_is_ExecutionAlreadyExists()
    {
        await using var api = await ApiClient.StartAsync();
        api.Engine.RegisterLambda("Notify", _ => AslJson.Null);
        var arn = await api.CreateAsync("Once", Definitions.Callback);
        var first = await api.OkAsync("StartExecution", new { stateMachineArn = arn, name = "same", input = "{}" });

        var again = await api.OkAsync("StartExecution", new { stateMachineArn = arn, name = "same", input = "{}" });
        var message = await api.FailsAsync("StartExecution", new { stateMachineArn = arn, name = "same", input = "{\"x\":1}" }, "ExecutionAlreadyExists");

        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Equal($"Execution Already Exists: '{first.GetProperty("executionArn").GetString()}'", message);
    }

    [Fact]
    public async Task Input_that_is_not_JSON_is_InvalidExecutionInput()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Strict", Definitions.Pass);

        var message = await api.FailsAsync("StartExecution", new { stateMachineArn = arn, input = "{not json" }, "InvalidExecutionInput");

        Assert.StartsWith("Invalid State Machine Execution Input: '", message);
    }

    [Fact]
    public async Task Input_over_256_KiB_is_a_ValidationException_that_does_not_quote_the_input()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Small", Definitions.Pass);
        var large = "\"" + new string('a', 262144) + "\"";

        var message = await api.FailsAsync("StartExecution", new { stateMachineArn = arn, input = large }, "ValidationException");

        Assert.Equal("1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have size less than or equal to 262144 bytes in UTF-8 encoding", message);
    }

    [Fact]
    public async Task Starting_an_unknown_machine_is_StateMachineDoesNotExist()
    {
        await using var api = await ApiClient.StartAsync();
        const string arn = "arn:aws:states:us-east-1:123456789012:stateMachine:Nope";

        var message = await api.FailsAsync("StartExecution", new { stateMachineArn = arn }, "StateMachineDoesNotExist");

        Assert.Equal($"State Machine Does Not Exist: '{arn}'", message);
    }

    [Fact]
    public async Task Describing_an_unknown_execution_is_ExecutionDoesNotExist()
    {
        await using var api = await ApiClient.StartAsync();
        const string arn = "arn:aws:states:us-east-1:123456789012:execution:Nope:run";

        var message = await api.FailsAsync("DescribeExecution", new { executionArn = arn }, "ExecutionDoesNotExist");

        Assert.Equal($"Execution Does Not Exist: '{arn}'", message);
    }

    [Fact]
    public async Task A_state_machine_ARN_where_an_execution_ARN_belongs_is_InvalidArn()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("DescribeExecution", new { executionArn = "arn:aws:states:us-east-1:123456789012:stateMachine:M" }, "InvalidArn");

        Assert.StartsWith("Invalid Arn: 'Resource type not valid in this context: stateMachine'.", message);
    }

    [Fact]
    public async Task ListExecutions_lists_the_most_recent_first_filters_by_status_and_pages()
    {
        await using var api = await ApiClient.StartAsync();
        var passing = await api.CreateAsync("Mixed", Definitions.Pass);
        foreach (var name in new[] { "one", "two", "three" }) await api.WaitForEndAsync(await api.StartAsync(passing, name: name));
        await api.OkAsync("UpdateStateMachine", new { stateMachineArn = passing, definition = Definitions.Fails });
        await api.WaitForEndAsync(await api.StartAsync(passing, name: "four"));

        var all = await api.OkAsync("ListExecutions", new { stateMachineArn = passing, maxResults = 3 });
        var rest = await api.OkAsync("ListExecutions", new { stateMachineArn = passing, maxResults = 3, nextToken = all.GetProperty("nextToken").GetString() });
        var failed = await api.OkAsync("ListExecutions", new { stateMachineArn = passing, statusFilter = "FAILED" });

        Assert.Equal(["four", "three", "two"], Names(all));
        Assert.Equal(["one"], Names(rest));
        Assert.Equal(["four"], Names(failed));
        Assert.Equal(["executionArn", "stateMachineArn", "name", "status", "startDate", "stopDate"],
            all.GetProperty("executions")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_page_token_keeps_its_place_when_new_executions_start_meanwhile()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Paged", Definitions.Pass);
        foreach (var name in new[] { "a", "b", "c" }) await api.WaitForEndAsync(await api.StartAsync(arn, name: name));

        var first = await api.OkAsync("ListExecutions", new { stateMachineArn = arn, maxResults = 2 });
        await api.WaitForEndAsync(await api.StartAsync(arn, name: "d"));
        var second = await api.OkAsync("ListExecutions", new { stateMachineArn = arn, maxResults = 2, nextToken = first.GetProperty("nextToken").GetString() });

        Assert.Equal(["c", "b"], Names(first));
        Assert.Equal(["a"], Names(second));
    }

    [Fact]
    public async Task ListExecutions_needs_a_state_machine_ARN()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("ListExecutions", new { }, "ValidationException");

        Assert.Equal("Must provide a StateMachine ARN or MapRun ARN", message);
    }

    [Fact]
    public async Task StopExecution_aborts_a_running_execution_and_its_history_ends_with_ExecutionAborted()
    {
        await using var api = await ApiClient.StartAsync();
        api.Engine.RegisterLambda("Notify", _ => AslJson.Null);
        var arn = await api.CreateAsync("Stoppable", Definitions.Callback);
        var executionArn = await api.StartAsync(arn);
        await api.WaitForTaskTokenAsync(executionArn);

        var stopped = await api.OkAsync("StopExecution", new { executionArn, error = "Operator.Stop", cause = "no longer needed" });
        var described = await api.OkAsync("DescribeExecution", new { executionArn });
        var last = (await api.HistoryAsync(executionArn))[^1];

        Assert.Equal(JsonValueKind.Number, stopped.GetProperty("stopDate").ValueKind);
        Assert.Equal("ABORTED", described.GetProperty("status").GetString());
        Assert.Equal("Operator.Stop", described.GetProperty("error").GetString());
        Assert.Equal("ExecutionAborted", last.GetProperty("type").GetString());
        Assert.Equal("""{"error":"Operator.Stop","cause":"no longer needed"}""", last.GetProperty("executionAbortedEventDetails").GetRawText());
    }

    [Fact]
    public async Task GetExecutionHistory_gives_AWS_event_shapes_in_order_and_in_reverse()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Historic", Definitions.PassWithResult);
        var executionArn = await api.StartAsync(arn, "{\"in\":true}");
        await api.WaitForEndAsync(executionArn);

        var forward = await api.HistoryAsync(executionArn);
        var reverse = (await api.OkAsync("GetExecutionHistory", new { executionArn, reverseOrder = true })).GetProperty("events").EnumerateArray().ToArray();

        Assert.Equal(["ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"], forward.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(forward.Select(e => e.GetRawText()).Reverse(), reverse.Select(e => e.GetRawText()));
        Assert.Equal([1L, 2L, 3L, 4L], forward.Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal(JsonValueKind.Number, forward[0].GetProperty("timestamp").ValueKind);
        var started = forward[0].GetProperty("executionStartedEventDetails");
        Assert.Equal("{\"in\":true}", started.GetProperty("input").GetString());
        Assert.Equal("""{"answer":42}""", forward[3].GetProperty("executionSucceededEventDetails").GetProperty("output").GetString());
    }

    [Fact]
    public async Task GetExecutionHistory_pages_and_can_leave_out_execution_data()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Pages", Definitions.PassWithResult);
        var executionArn = await api.StartAsync(arn, "{\"in\":true}");
        await api.WaitForEndAsync(executionArn);

        var first = await api.OkAsync("GetExecutionHistory", new { executionArn, maxResults = 3, includeExecutionData = false });
        var second = await api.OkAsync("GetExecutionHistory", new { executionArn, maxResults = 3, includeExecutionData = false, nextToken = first.GetProperty("nextToken").GetString() });

        Assert.Equal([1L, 2L, 3L], first.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal([4L], second.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        Assert.False(first.GetProperty("events")[0].GetProperty("executionStartedEventDetails").TryGetProperty("input", out _));
    }

    private static IEnumerable<string?> Names(JsonElement list) => list.GetProperty("executions").EnumerateArray().Select(e => e.GetProperty("name").GetString());
}
