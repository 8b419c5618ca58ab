using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Asl.Api;

namespace Asl.Dsl.Tests.Api;

/// <summary>What <see cref="StepFunctionsHttpClient"/> puts on the wire and reads back, over real HTTP on loopback.</summary>
public class HttpWireTests
{
    private const string MachineArn = "arn:aws:states:eu-west-1:123456789012:stateMachine:Orders";
    private const string ExecutionArn = "arn:aws:states:eu-west-1:123456789012:execution:Orders:e1";

    [Fact]
    public async Task StartExecution_posts_AWS_JSON_1_0_with_the_target_header_and_a_SigV4_signature_for_states()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok($$"""{"executionArn":"{{ExecutionArn}}","startDate":1700000000.123}"""));
        using var client = TestClients.For(endpoint);

        var started = await client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = MachineArn, Name = "e1", Input = """{"a":1}""" });

        var request = Assert.Single(endpoint.Requests);
        Assert.Equal(("POST", "/"), (request.Method, request.Path));
        Assert.Equal("application/x-amz-json-1.0", request.Headers["Content-Type"]);
        Assert.Equal("AWSStepFunctions.StartExecution", request.Headers["X-Amz-Target"]);
        Assert.Equal(endpoint.Address.Authority, request.Headers["Host"]);
        var date = request.Headers["X-Amz-Date"];
        Assert.Matches(@"^\d{8}T\d{6}Z$", date);
        var authorization = Regex.Match(request.Headers["Authorization"],
            @"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<day>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, SignedHeaders=(?<signed>[^,]+), Signature=(?<signature>[0-9a-f]{64})$");
        Assert.True(authorization.Success, request.Headers["Authorization"]);
        Assert.Equal(("AKIDTEST", date[..8], "eu-west-1", "states"), (authorization.Groups["key"].Value, authorization.Groups["day"].Value, authorization.Groups["region"].Value, authorization.Groups["service"].Value));
        Assert.Equal("content-type;host;x-amz-content-sha256;x-amz-date;x-amz-target", authorization.Groups["signed"].Value);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(request.Body)), request.Headers["X-Amz-Content-SHA256"]);
        Assert.Equal($$"""{"stateMachineArn":"{{MachineArn}}","name":"e1","input":"{\"a\":1}"}""", request.BodyText);
        Assert.Equal(ExecutionArn, started.ExecutionArn);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000123), started.StartDate);
    }

    [Fact]
    public async Task Session_credentials_send_and_sign_the_security_token()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok("{}"));
        using var client = TestClients.For(endpoint, credentials: new SessionAWSCredentials("ASIATEST", "secret", "session-token-1"));

        await client.SendTaskHeartbeatAsync(new SendTaskHeartbeatRequest { TaskToken = "tok" });

        var request = Assert.Single(endpoint.Requests);
        Assert.Equal("session-token-1", request.Headers["X-Amz-Security-Token"]);
        Assert.Contains("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target,", request.Headers["Authorization"]);
        Assert.Equal("""{"taskToken":"tok"}""", request.BodyText);
    }

    [Fact]
    public async Task ListStateMachines_sends_the_page_token_and_reads_each_machine()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok(
            $$"""{"stateMachines":[{"stateMachineArn":"{{MachineArn}}","name":"Main-Ab12","type":"EXPRESS","creationDate":1700000000.5}],"nextToken":"p2"}"""));
        using var client = TestClients.For(endpoint);

        var page = await client.ListStateMachinesAsync(new ListStateMachinesRequest { NextToken = "p1", MaxResults = 10 });

        var request = Assert.Single(endpoint.Requests);
        Assert.Equal("AWSStepFunctions.ListStateMachines", request.Headers["X-Amz-Target"]);
        Assert.Equal("""{"maxResults":10,"nextToken":"p1"}""", request.BodyText);
        var machine = Assert.Single(page.StateMachines);
        Assert.Equal((MachineArn, "Main-Ab12", "EXPRESS"), (machine.StateMachineArn, machine.Name, machine.Type));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000500), machine.CreationDate);
        Assert.Equal("p2", page.NextToken);
    }

    [Fact]
    public async Task Requests_leave_out_unset_members()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok($$"""{"executionArn":"{{ExecutionArn}}","startDate":1}"""));
        using var client = TestClients.For(endpoint);

        await client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = MachineArn });

        Assert.Equal($$"""{"stateMachineArn":"{{MachineArn}}"}""", Assert.Single(endpoint.Requests).BodyText);
    }

    [Fact]
    public async Task StartSyncExecution_goes_to_a_custom_endpoint_unchanged_without_the_sync_host_prefix()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok(
            $$"""{"executionArn":"{{ExecutionArn}}","startDate":1700000000,"stopDate":1700000001.5,"status":"FAILED","error":"Boom","cause":"it broke"}"""));
        using var client = TestClients.For(endpoint);

        var result = await client.StartSyncExecutionAsync(new StartSyncExecutionRequest { StateMachineArn = MachineArn, Input = "{}" });

        var request = Assert.Single(endpoint.Requests);
        Assert.Equal(endpoint.Address.Authority, request.Headers["Host"]);
        Assert.Equal("AWSStepFunctions.StartSyncExecution", request.Headers["X-Amz-Target"]);
        Assert.Equal((ExecutionStatus.Failed, "Boom", "it broke"), (result.Status, result.Error, result.Cause));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000001500), result.StopDate);
    }

    [Fact]
    public async Task DescribeExecution_reads_status_dates_output_error_and_cause()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok($$"""
            {"executionArn":"{{ExecutionArn}}","stateMachineArn":"{{MachineArn}}","name":"e1","status":"TIMED_OUT",
             "startDate":1.610068392743E9,"stopDate":1610068400,"input":"{}","error":"States.Timeout","cause":"too slow","redriveCount":0,"someFutureMember":true}
            """));
        using var client = TestClients.For(endpoint);

        var described = await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = ExecutionArn });

        Assert.Equal(ExecutionStatus.TimedOut, described.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1610068392743), described.StartDate);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1610068400), described.StopDate);
        Assert.Equal(("e1", "{}", null, "States.Timeout", "too slow"), (described.Name, described.Input, described.Output, described.Error, described.Cause));
        Assert.Equal($$"""{"executionArn":"{{ExecutionArn}}"}""", Assert.Single(endpoint.Requests).BodyText);
    }

    [Fact]
    public async Task A_status_this_client_does_not_know_reads_as_Unknown()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok(
            $$"""{"executionArn":"{{ExecutionArn}}","stateMachineArn":"{{MachineArn}}","status":"HIBERNATING","startDate":1}"""));
        using var client = TestClients.For(endpoint);

        var described = await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = ExecutionArn });

        Assert.Equal(ExecutionStatus.Unknown, described.Status);
    }

    [Fact]
    public async Task GetExecutionHistory_sends_the_paging_members_and_reads_events_with_their_details()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok("""
            {"events":[
              {"timestamp":1700000000.5,"type":"TaskStateEntered","id":2,"previousEventId":1,"stateEnteredEventDetails":{"name":"Callback","input":"{\"a\":1}"}},
              {"timestamp":1700000001,"type":"TaskSubmitted","id":3,"previousEventId":2,"taskSubmittedEventDetails":{"resourceType":"states","resource":"startExecution.sync:2","output":"{}"}},
              {"timestamp":1700000002,"type":"ExecutionFailed","id":4,"previousEventId":3,"executionFailedEventDetails":{"error":"Boom","cause":"why"}}
            ],"nextToken":"page-2"}
            """));
        using var client = TestClients.For(endpoint);

        var page = await client.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = ExecutionArn, MaxResults = 3, ReverseOrder = true, NextToken = "page-1", IncludeExecutionData = false });

        Assert.Equal($$"""{"executionArn":"{{ExecutionArn}}","maxResults":3,"reverseOrder":true,"nextToken":"page-1","includeExecutionData":false}""", Assert.Single(endpoint.Requests).BodyText);
        Assert.Equal("page-2", page.NextToken);
        Assert.Equal(new[] { "TaskStateEntered", "TaskSubmitted", "ExecutionFailed" }, page.Events.Select(e => e.Type));
        Assert.Equal(new long[] { 1, 2, 3 }, page.Events.Select(e => e.PreviousEventId));
        Assert.Equal(("stateEnteredEventDetails", "Callback", """{"a":1}"""), (page.Events[0].DetailsName, page.Events[0].Name, page.Events[0].Input));
        Assert.Equal(("states", "startExecution.sync:2", "{}"), (page.Events[1].ResourceType, page.Events[1].Resource, page.Events[1].Output));
        Assert.Equal(("Boom", "why"), (page.Events[2].Error, page.Events[2].Cause));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000500), page.Events[0].Timestamp);
        Assert.Equal(JsonValueKind.Object, page.Events[2].Details!.Value.ValueKind);
    }

    [Fact]
    public async Task Task_token_calls_send_their_members_and_accept_an_empty_answer()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => new FakeResponse(200, ""));
        using var client = TestClients.For(endpoint);

        await client.SendTaskSuccessAsync(new SendTaskSuccessRequest { TaskToken = "t1", Output = "\"done\"" });
        await client.SendTaskFailureAsync(new SendTaskFailureRequest { TaskToken = "t2", Error = "E", Cause = "C" });

        Assert.Equal(new[] { "SendTaskSuccess", "SendTaskFailure" }, endpoint.Requests.Select(r => r.Operation));
        Assert.Equal("""{"taskToken":"t1","output":"\"done\""}""", endpoint.Requests[0].BodyText);
        Assert.Equal("""{"taskToken":"t2","error":"E","cause":"C"}""", endpoint.Requests[1].BodyText);
    }

    [Fact]
    public async Task StopExecution_sends_error_and_cause_and_reads_the_stop_date()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok("""{"stopDate":1700000009.25}"""));
        using var client = TestClients.For(endpoint);

        var stopped = await client.StopExecutionAsync(new StopExecutionRequest { ExecutionArn = ExecutionArn, Error = "Manual", Cause = "test" });

        Assert.Equal($$"""{"executionArn":"{{ExecutionArn}}","error":"Manual","cause":"test"}""", Assert.Single(endpoint.Requests).BodyText);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000009250), stopped.StopDate);
    }

    [Fact]
    public async Task A_given_HttpClient_carries_the_requests_and_stays_open_after_the_client_is_disposed()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok("{}"));
        using var http = new HttpClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("X-Trace", "from-factory");

        using (var client = new StepFunctionsHttpClient(http, new StepFunctionsHttpClientOptions { Endpoint = endpoint.Address, Credentials = TestClients.Credentials }))
            await client.SendTaskHeartbeatAsync(new SendTaskHeartbeatRequest { TaskToken = "t" });
        var stillOpen = await http.PostAsync(endpoint.Address, new StringContent("{}"));

        Assert.Equal("from-factory", endpoint.Requests[0].Headers["X-Trace"]);
        Assert.Equal(200, (int)stillOpen.StatusCode);
    }
}
