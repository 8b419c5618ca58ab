using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using Asl.Api;
using static Asl.States;
using static Asl.Local.Tests.DataLambdaEngineTests;

namespace Asl.Local.Tests;

/// <summary>
/// Data lambdas that read the context object (<see cref="Ctx"/>) and workflow variables (<see cref="Ctx{TVars}"/>), and
/// typed Assign: run on the engine, they give what the lambda computes as C# with the context the engine ran with and the
/// variables the Assign lambda computed, in JSONPath and in JSONata.
/// </summary>
public class DataLambdaContextEngineTests
{
    public sealed record Remembered(string orderId, decimal total, int items);

    private static readonly Order Sample = new("o-7", 1250.5m, false, "Ada", [new("a-1", 3, 2.5m), new("b-2", 1, 10m)], null);

    private static readonly Expression<Func<Order, Ctx, object>> ContextPayload = (o, c) => new
    {
        o.OrderId,
        Execution = c.Execution.Name,
        ExecutionId = c.Execution.Id,
        FromInput = c.Execution.Input<Order>().Customer,
        State = c.State.Name,
        Machine = c.StateMachine.Name,
        MachineId = c.StateMachine.Id,
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_context_lambda_reads_the_context_the_engine_runs_with(bool jsonAta)
    {
        var shape = Pass("Shape");
        var machine = (jsonAta ? Workflow.StartWith(shape.Output(ContextPayload)).QueryLanguage(QueryLanguage.JsonAta) : Workflow.StartWith(shape.Parameters(ContextPayload))).Build();

        var (run, output) = await RunAsync(machine, Sample);

        var context = new Ctx(new ContextExecution(run.ExecutionArn, run.Name, InputValue: Sample), new ContextState("Shape"), new ContextStateMachine(run.StateMachineArn, "Machine"));
        AssertSame(ContextPayload.Compile()(Sample, context), output);
    }

    private static readonly Expression<Func<Order, Remembered>> Remember = o => new Remembered(o.OrderId, o.Total, o.Items.Length);

    [Fact]
    public async Task Variables_assigned_by_a_lambda_are_read_back_typed_in_JSONPath()
    {
        Expression<Func<Order, Ctx<Remembered>, object>> use = (o, c) => new { c.Vars.orderId, c.Vars.total, Label = $"{c.Vars.orderId} of {o.Customer}", Next = c.Vars.items + 1 };
        var machine = Workflow.StartWith(Pass("Remember").Assign(Remember))
            .Then(Pass("Use").Parameters(use)).Build();

        var (_, output) = await RunAsync(machine, Sample);

        AssertSame(use.Compile()(Sample, new Ctx<Remembered>(Remember.Compile()(Sample))), output);
    }

    [Fact]
    public async Task Variables_assigned_by_a_lambda_are_read_back_typed_in_JSONata()
    {
        Expression<Func<Order, Ctx<Remembered>, object>> use = (o, c) => new { Double = c.Vars.total * 2, Upper = c.Vars.orderId.ToUpper(), Same = c.Vars.items == o.Items.Length };
        Expression<Func<Order, Ctx<Remembered>, bool>> big = (o, c) => c.Vars.total > 1000 && c.Vars.orderId == o.OrderId;
        var machine = Workflow.StartWith(Pass("Remember").Assign(Remember))
            .Then(Choice("Big?").When(big, Pass("Use").Output(use)).Otherwise(Fail("Small")))
            .QueryLanguage(QueryLanguage.JsonAta).Build();

        var (_, output) = await RunAsync(machine, Sample);

        AssertSame(use.Compile()(Sample, new Ctx<Remembered>(Remember.Compile()(Sample))), output);
    }

    [Fact]
    public async Task A_JSONPath_condition_compares_with_a_variable_and_a_context_field()
    {
        Expression<Func<Order, Ctx<Remembered>, bool>> rule = (o, c) => c.Vars.total >= 1000 && c.State.Name == "Route" && o.OrderId == c.Vars.orderId;
        var machine = Workflow.StartWith(Wait("Remember").Seconds(1).Assign(Remember))
            .Then(Choice("Route").When(rule, Pass("Yes").Result("yes")).Otherwise(Pass("No").Result("no"))).Build();

        var (_, output) = await RunAsync(machine, Sample);

        Assert.Equal("\"yes\"", output);
    }

    public sealed record Line(string OrderId, string Sku, int Index, int Twice);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_Map_item_selector_lambda_reads_each_item_typed_with_its_index(bool jsonAta)
    {
        Expression<Func<Order, Ctx, Line>> selector = (o, c) => new Line(o.OrderId, c.Map.Item.Value<Item>().Sku, c.Map.Item.Index, c.Map.Item.Index + c.Map.Item.Index);
        var map = Map("Lines").Items(Input.At("$.Items")).ItemSelector(selector).ItemProcessor(Pass("Each"));
        var workflow = Workflow.StartWith(map);
        var machine = (jsonAta ? workflow.QueryLanguage(QueryLanguage.JsonAta) : workflow).Build();

        var (_, output) = await RunAsync(machine, Sample);

        var compiled = selector.Compile();
        AssertSame(Sample.Items.Select((item, index) => compiled(Sample, new Ctx(map: new ContextMap(new ContextMapItem(index, item))))).ToArray(), output);
    }

    private static void AssertSame(object expected, string actual)
    {
        var want = JsonNode.Parse(JsonSerializer.Serialize(expected, expected.GetType()));
        var got = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(Normalize(want), Normalize(got)), $"C#     {want?.ToJsonString()}\nengine {got?.ToJsonString()}");
    }

    // C# writes 1250.50 where JSON numbers from the engine are 1250.5: compare numbers by value.
    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Normalize).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(v.GetValue<double>()),
        _ => node?.DeepClone(),
    };

    private static async Task<(ExecutionSnapshot Run, string Output)> RunAsync(Asl.Model.StateMachine machine, Order order)
    {
        using var engine = TestEngine.Create();
        var registered = engine.RegisterStateMachine("Machine", machine);
        var run = await engine.RunAsync(registered.StateMachineArn, JsonSerializer.Serialize(order));
        Assert.True(run.Status == ExecutionStatus.Succeeded, $"{run.Status}: {run.Error}: {run.Cause}\n{Asl.Writing.AslWriter.Write(machine)}");
        return (run, run.Output!);
    }
}
