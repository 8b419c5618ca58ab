using Asl.Api;
using static Asl.States;

namespace Asl.Local.Tests;

/// <summary>
/// A payload built with the fluent API's dynamic values gives the same output in a JSONPath state (".$" members,
/// States.Format and intrinsics) and in a JSONata state (the builder's JSONata translation), run on the engine.
/// </summary>
public class DynamicValueParityTests
{
    private const string Input = """
        { "order": { "id": "o-7", "items": [3, 1, 3], "total": 12.5 }, "customer": "Ada {x}'s", "n": 4, "json": "{\"a\":1}" }
        """;

    public static TheoryData<string, Func<object>> Payloads() => new()
    {
        { "text around values", () => new { Text = "Order " + Asl.Input.At("$.order.id") + " for " + Asl.Input.At("$.customer") + "!" } },
        { "interpolation with the context", () => new { Text = $"{Context.StateName}: {Asl.Input.At("$.n")} items" } },
        { "a path alone", () => new { Total = Asl.Input.At("$.order.total"), Items = Asl.Input.At("$.order.items[1]") } },
        { "States.Format", () => new { Text = Intrinsic.Format("{} + {}", Asl.Input.At("$.n"), 1) } },
        { "arithmetic and arrays", () => new { Sum = Intrinsic.MathAdd(Asl.Input.At("$.n"), 3), Count = Intrinsic.ArrayLength(Asl.Input.At("$.order.items")), Has = Intrinsic.ArrayContains(Asl.Input.At("$.order.items"), 1) } },
        { "array items and uniqueness", () => new { Second = Intrinsic.ArrayGetItem(Asl.Input.At("$.order.items"), 1), Unique = Intrinsic.ArrayUnique(Asl.Input.At("$.order.items")) } },
        { "JSON text", () => new { Parsed = Intrinsic.StringToJson(Asl.Input.At("$.json")), Text = Intrinsic.JsonToString(Asl.Input.At("$.order.items")) } },
        { "a new array", () => new { Pair = Intrinsic.Array(Asl.Input.At("$.n"), "x") } },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_payload_gives_the_same_output_in_JSONPath_and_JSONata(string what, Func<object> payload)
    {
        var jsonPath = Workflow.StartWith(Pass("Shape").Parameters(payload())).Build();
        var jsonAta = Workflow.StartWith(Pass("Shape").Output(payload())).QueryLanguage(QueryLanguage.JsonAta).Build();

        var fromJsonPath = await RunAsync(jsonPath);
        var fromJsonAta = await RunAsync(jsonAta);

        Assert.True(fromJsonPath == fromJsonAta, $"{what}:\nJSONPath {fromJsonPath}\nJSONata  {fromJsonAta}");
    }

    private static async Task<string> RunAsync(Asl.Model.StateMachine machine)
    {
        using var engine = TestEngine.Create();
        var registered = engine.RegisterStateMachine("Machine", machine);
        var result = await engine.RunAsync(registered.StateMachineArn, Input);
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Status}: {result.Error}: {result.Cause}");
        return TestEngine.Compact(result.Output!);
    }
}
