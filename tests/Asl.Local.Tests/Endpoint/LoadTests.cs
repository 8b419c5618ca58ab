using System.Text.Json;

namespace Asl.Local.Tests.Endpoint;

/// <summary>Many requests at once: nothing lost, nothing duplicated, and the server stays up.</summary>
public sealed class LoadTests
{
    [Fact]
    public async Task A_thousand_executions_started_at_once_over_HTTP_all_complete_once_each()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Load", Definitions.WaitAnHour);

        var replies = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i =>
            api.CallAsync("StartExecution", new { stateMachineArn = arn, name = $"run-{i}", input = $"{{\"i\":{i}}}" })));

        Assert.All(replies, r => Assert.Equal(200, r.Status));
        Assert.Equal(1000, replies.Select(r => r.Body.GetProperty("executionArn").GetString()).Distinct().Count());
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement[] executions;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "executions were still running after a minute");
            await Task.Delay(50);
            executions = (await api.OkAsync("ListExecutions", new { stateMachineArn = arn, maxResults = 1000 })).GetProperty("executions").EnumerateArray().ToArray();
        }
        while (executions.Any(e => e.GetProperty("status").GetString() == "RUNNING"));

        Assert.Equal(1000, executions.Length);
        Assert.Equal(1000, executions.Select(e => e.GetProperty("name").GetString()).Distinct().Count());
        Assert.All(executions, e => Assert.Equal("SUCCEEDED", e.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Bad_requests_mixed_with_good_ones_get_their_own_answers()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Mixed", Definitions.Pass);

        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => (i % 4) switch
        {
            0 => api.SendAsync("StartExecution", "{not json"),
            1 => api.SendAsync("NoSuchOperation", "{}"),
            2 => api.CallAsync("StartExecution", new { stateMachineArn = "bad" }),
            _ => api.CallAsync("StartExecution", new { stateMachineArn = arn, name = $"ok-{i}" }),
        }));

        Assert.Equal(50, replies.Count(r => r.ErrorCode == "SerializationException"));
        Assert.Equal(50, replies.Count(r => r.ErrorCode == "UnknownOperationException"));
        Assert.Equal(50, replies.Count(r => r.ErrorCode == "InvalidArn"));
        Assert.Equal(50, replies.Count(r => r.Status == 200));
    }
}
