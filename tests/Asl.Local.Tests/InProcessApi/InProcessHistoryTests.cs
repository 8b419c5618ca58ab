using Asl.Api;
using static Asl.Local.Tests.InProcessApi.Machines;

namespace Asl.Local.Tests.InProcessApi;

/// <summary>GetExecutionHistory over the engine: AWS's event shapes, pages and their tokens.</summary>
public class InProcessHistoryTests
{
    private static async Task<(LocalEngine Engine, InProcessStepFunctionsApi Api, string ExecutionArn)> FinishedOrderAsync()
    {
        var (engine, api) = Engine();
        var arn = engine.Register("Orders", SlowOrder);
        var started = await api.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = arn, Input = """{"Id":"o-1","Quantity":2}""" });
        await api.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = started.ExecutionArn });
        return (engine, api, started.ExecutionArn);
    }

    [Fact]
    public async Task Events_have_AWS_types_details_and_data()
    {
        var (engine, api, execution) = await FinishedOrderAsync();
        using var _ = engine;

        var page = await api.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = execution });

        Assert.Equal(new[] { "ExecutionStarted", "WaitStateEntered", "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded" }, page.Events.Select(e => e.Type));
        Assert.Equal(new long[] { 1, 2, 3, 4, 5, 6 }, page.Events.Select(e => e.Id));
        Assert.Equal("""{"Id":"o-1","Quantity":2}""", page.Events[0].Input);
        Assert.Equal(("stateEnteredEventDetails", "Wait an hour"), (page.Events[1].DetailsName, page.Events[1].Name));
        Assert.Equal("""{"Id":"o-1","Quantity":2,"Status":"shipped"}""", page.Events[^1].Output);
        Assert.Equal(TestEngine.Start.AddHours(1), page.Events[^1].Timestamp);
        Assert.Null(page.NextToken);
    }

    [Fact]
    public async Task Pages_follow_each_other_through_NextToken_in_either_order()
    {
        var (engine, api, execution) = await FinishedOrderAsync();
        using var _ = engine;

        var forward = await ReadAllAsync(api, new GetExecutionHistoryRequest { ExecutionArn = execution, MaxResults = 4 });
        var backward = await ReadAllAsync(api, new GetExecutionHistoryRequest { ExecutionArn = execution, MaxResults = 4, ReverseOrder = true });

        Assert.Equal(new[] { 4, 2 }, forward.Pages);
        Assert.Equal(new long[] { 1, 2, 3, 4, 5, 6 }, forward.Ids);
        Assert.Equal(new long[] { 6, 5, 4, 3, 2, 1 }, backward.Ids);
    }

    [Fact]
    public async Task Without_execution_data_inputs_and_outputs_are_left_out()
    {
        var (engine, api, execution) = await FinishedOrderAsync();
        using var _ = engine;

        var page = await api.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = execution, IncludeExecutionData = false });

        Assert.All(page.Events, e => Assert.Null(e.Input));
        Assert.All(page.Events, e => Assert.Null(e.Output));
        Assert.Equal("Wait an hour", page.Events[1].Name);
    }

    [Fact]
    public async Task A_token_of_another_execution_or_order_is_InvalidToken()
    {
        var (engine, api, execution) = await FinishedOrderAsync();
        using var _ = engine;
        var first = await api.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = execution, MaxResults = 2 });
        var other = await api.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = engine.ListStateMachines()[0].StateMachineArn });

        var otherExecution = await Assert.ThrowsAsync<StepFunctionsApiException>(() =>
            api.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = other.ExecutionArn, NextToken = first.NextToken }));
        var otherOrder = await Assert.ThrowsAsync<StepFunctionsApiException>(() =>
            api.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = execution, NextToken = first.NextToken, ReverseOrder = true }));
        var garbage = await Assert.ThrowsAsync<StepFunctionsApiException>(() =>
            api.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = execution, NextToken = "%%%" }));

        Assert.Equal(new[] { "InvalidToken", "InvalidToken", "InvalidToken" }, new[] { otherExecution.ErrorCode, otherOrder.ErrorCode, garbage.ErrorCode });
    }

    [Theory]
    [InlineData(1001, "less than or equal to 1000")]
    [InlineData(-1, "greater than or equal to 0")]
    public async Task A_page_size_out_of_range_is_a_ValidationException(int maxResults, string constraint)
    {
        var (engine, api, execution) = await FinishedOrderAsync();
        using var _ = engine;

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = execution, MaxResults = maxResults }));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Contains($"Value '{maxResults}' at 'maxResults'", error.Message);
        Assert.Contains(constraint, error.Message);
    }

    private static async Task<(List<int> Pages, List<long> Ids)> ReadAllAsync(InProcessStepFunctionsApi api, GetExecutionHistoryRequest request)
    {
        var pages = new List<int>();
        var ids = new List<long>();
        string? token = null;
        do
        {
            var page = await api.GetExecutionHistoryAsync(request with { NextToken = token });
            pages.Add(page.Events.Count);
            ids.AddRange(page.Events.Select(e => e.Id));
            token = page.NextToken;
        }
        while (token is not null);
        return (pages, ids);
    }
}
