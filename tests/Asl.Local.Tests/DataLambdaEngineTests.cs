using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Asl.Api;
using CsCheck;
using static Asl.States;

namespace Asl.Local.Tests;

/// <summary>
/// Each translation of a C# data lambda, run on the engine with a sample input, gives what the lambda computes when
/// run as ordinary C# on the same input: conditions pick the branch C# picks, payloads equal C#'s result serialised by
/// System.Text.Json, in JSONPath and in JSONata; a property test does the same over random orders.
/// </summary>
public class DataLambdaEngineTests
{
    public sealed record Item(string Sku, int Quantity, decimal Price);

    public sealed record Order(string OrderId, [property: JsonPropertyName("total")] decimal Total, bool Express, string Customer, Item[] Items, string? Note);

    private static readonly Order Sample = new("o-7", 1250.5m, false, "Ada", [new("a-1", 3, 2.5m), new("b-2", 1, 10m), new("c-3", 4, 0.25m)], null);

    private static readonly Order Other = new("o-8", 20m, true, "Bob", [new("z-9", 1, 99.99m)], "gift");

    public static TheoryData<string, Expression<Func<Order, bool>>> JsonPathConditions() => new()
    {
        { "numbers and booleans", o => o.Total > 1000 && !o.Express },
        { "strings", o => o.Customer == "Ada" || o.Customer != "Bob" },
        { "presence", o => o.Note != null },
        { "absence", o => o.Note == null },
        { "negated comparison", o => !(o.Total <= 10) },
        { "a constant on the left", o => 100 < o.Total },
        { "a flag", o => o.Express },
        { "prefix, suffix, infix", o => o.Customer.StartsWith("A") || o.OrderId.EndsWith("8") && o.Customer.Contains("o") },
    };

    public static TheoryData<string, Expression<Func<Order, bool>>> JsonAtaConditions() => new()
    {
        { "numbers and booleans", o => o.Total > 1000 && !o.Express },
        { "presence", o => o.Note != null },
        { "LINQ Any", o => o.Items.Any(i => i.Quantity > 2) },
        { "LINQ All", o => o.Items.All(i => i.Price > 1) },
        { "a sum compared", o => o.Items.Sum(i => i.Price * i.Quantity) > 20 },
        { "string operations", o => o.Customer.ToUpper().Contains("DA") || o.OrderId.Length > 3 },
        { "coalesce", o => (o.Note ?? "none") == "none" },
        { "count with a predicate", o => o.Items.Count(i => i.Sku.StartsWith("b")) == 1 },
    };

    [Theory]
    [MemberData(nameof(JsonPathConditions))]
    public async Task A_JSONPath_condition_takes_the_branch_CSharp_takes(string what, Expression<Func<Order, bool>> condition) =>
        await AssertBranchAsync(what, condition, jsonAta: false);

    [Theory]
    [MemberData(nameof(JsonAtaConditions))]
    public async Task A_JSONata_condition_takes_the_branch_CSharp_takes(string what, Expression<Func<Order, bool>> condition) =>
        await AssertBranchAsync(what, condition, jsonAta: true);

    private static async Task AssertBranchAsync(string what, Expression<Func<Order, bool>> condition, bool jsonAta)
    {
        var workflow = jsonAta
            ? Workflow.StartWith(Choice("Route").When(condition, Pass("Yes").Output("yes")).Otherwise(Pass("No").Output("no")))
            : Workflow.StartWith(Choice("Route").When(condition, Pass("Yes").Result("yes")).Otherwise(Pass("No").Result("no")));
        var machine = (jsonAta ? workflow.QueryLanguage(QueryLanguage.JsonAta) : workflow).Build();
        var compiled = condition.Compile();
        foreach (var order in new[] { Sample, Other })
        {
            var output = await RunAsync(machine, order);
            Assert.True((compiled(order) ? "\"yes\"" : "\"no\"") == output, $"{what} on {order.OrderId}: C# says {compiled(order)}, the engine {output}");
        }
    }

    public static TheoryData<string, Expression<Func<Order, object>>> JsonPathPayloads() => new()
    {
        { "paths with JSON names", o => new { o.OrderId, o.Total, o.Express, Second = o.Items } },
        { "text around values", o => new { Label = $"Order {o.OrderId} for {o.Customer}", Plain = "Hi " + o.Customer } },
        { "array length and integer sums", o => new { Count = o.Items.Length, Next = o.Items.Length + 1, Less = o.Items.Length - 1 } },
        { "nested objects and constants", o => new { Who = new { Name = o.Customer, Kind = "customer" }, Version = 2 } },
    };

    public static TheoryData<string, Expression<Func<Order, object>>> JsonAtaPayloads() => new()
    {
        { "arithmetic", o => new { Double = o.Total * 2, Net = o.Total - 0.5m, Half = o.Items.Length / 2, Rest = o.Items.Length % 2, Neg = -o.Total } },
        { "strings", o => new { Upper = o.Customer.ToUpper(), Lower = o.OrderId.ToLower(), Sub = o.Customer.Substring(1), Sub2 = o.OrderId.Substring(0, 2), Len = o.Customer.Length, Trimmed = (" " + o.Customer + " ").Trim() } },
        { "interpolation and conditionals", o => new { Label = $"{o.OrderId}: {o.Items.Length} items", Kind = o.Express ? "fast" : "slow", Note = o.Note ?? "none" } },
        { "LINQ projections", o => new { Skus = o.Items.Select(i => i.Sku), Big = o.Items.Where(i => i.Quantity > 1).Select(i => i.Sku), Nested = o.Items.Select(i => new { i.Sku, Total = i.Price * i.Quantity }) } },
        { "LINQ aggregates", o => new { Sum = o.Items.Sum(i => i.Quantity), Min = o.Items.Min(i => i.Price), Max = o.Items.Max(i => i.Quantity), Count = o.Items.Count(), First = o.Items.First().Sku, FirstDear = o.Items.First(i => i.Price > 5).Sku } },
        { "Any, Contains and Average", o => new { Any = o.Items.Any(), Has = o.Items.Select(i => i.Sku).Contains("b-2"), Mean = o.Items.Average(i => i.Quantity) } },
        { "sorting", o => new { ByPrice = o.Items.OrderBy(i => i.Price).Select(i => i.Sku), Dearest = o.Items.OrderByDescending(i => i.Price * i.Quantity).First().Sku,
            BySku = o.Items.OrderByDescending(i => i.Sku, StringComparer.Ordinal).Select(i => i.Quantity), Then = o.Items.OrderBy(i => i.Quantity % 2).ThenByDescending(i => i.Sku, StringComparer.Ordinal).Select(i => i.Sku) } },
        { "Take, Skip, Distinct, Reverse, Concat and Join", o => new { Two = o.Items.Take(2).Select(i => i.Sku), Rest = o.Items.Skip(1).Select(i => i.Quantity), Kinds = o.Items.Select(i => i.Quantity % 2).Distinct(),
            Back = o.Items.Select(i => i.Sku).Reverse(), Both = o.Items.Select(i => i.Sku).Concat(o.Items.Select(i => i.Sku.ToUpper())), Csv = string.Join(",", o.Items.Select(i => i.Sku)), Counts = string.Join("+", o.Items.Select(i => i.Quantity)) } },
        { "Math", o => new { Round = Math.Round(o.Total), Round1 = Math.Round(o.Total, 1), Floor = Math.Floor(o.Total), Ceiling = Math.Ceiling(o.Total / 3), Abs = Math.Abs(-o.Total), Max = Math.Max(o.Items.Length, 2), Min = Math.Min(o.Total, 100m) } },
    };

    [Theory]
    [MemberData(nameof(JsonPathPayloads))]
    public async Task A_JSONPath_payload_gives_what_the_lambda_computes(string what, Expression<Func<Order, object>> payload) =>
        await AssertPayloadAsync(what, Workflow.StartWith(Pass("Shape").Parameters(payload)).Build(), payload.Compile(), Sample, Other);

    [Theory]
    [MemberData(nameof(JsonAtaPayloads))]
    public async Task A_JSONata_payload_gives_what_the_lambda_computes(string what, Expression<Func<Order, object>> payload) =>
        await AssertPayloadAsync(what, Workflow.StartWith(Pass("Shape").Output(payload)).QueryLanguage(QueryLanguage.JsonAta).Build(), payload.Compile(), Sample, Other);

    [Fact]
    public async Task A_typed_child_input_carries_a_bool_member_from_the_input()
    {
        Expression<Func<Order, object>> input = o => new Shipment(o.OrderId, o.Express);
        var parent = Workflow.StartWith(Pass("Shape").Parameters(input)).Build();

        await AssertPayloadAsync("child input", parent, input.Compile(), Sample, Other);
    }

    public sealed record Shipment(string OrderId, bool Express);

    private static readonly Gen<Order> Orders =
        Gen.Select(Gen.Int[-100000, 100000], Gen.Bool, Gen.String[Gen.Char['a', 'e'], 1, 5],
            Gen.Select(Gen.String[Gen.Char['a', 'c'], 1, 3], Gen.Int[-5, 9], Gen.Int[0, 10000]).Select((s, q, p) => new Item(s, q, p / 100m)).Array[1, 5],
            Gen.String[Gen.Char['x', 'z'], 0, 3].Null())
        .Select((total, express, customer, items, note) => new Order("o-" + customer, total / 100m, express, customer, items, note));

    /// <summary>Arithmetic, comparison and LINQ over random orders: the JSONata the lambda becomes computes what C# computes.</summary>
    [Fact]
    public void Random_orders_give_the_same_values_in_JSONata_as_in_CSharp()
    {
        Expression<Func<Order, object>> payload = o => new
        {
            Big = o.Total > 100 && !o.Express || o.Total <= -50,
            Weighted = o.Items.Sum(i => i.Price * i.Quantity),
            Positive = o.Items.Where(i => i.Quantity > 0).Select(i => i.Quantity * 2 + 1),
            Halves = o.Items.Select(i => i.Quantity / 2),
            Rests = o.Items.Select(i => i.Quantity % 3),
            Count = o.Items.Count(i => i.Price >= 50),
            Any = o.Items.Any(i => i.Sku == o.Customer),
            All = o.Items.All(i => i.Quantity != 0),
            Max = o.Items.Max(i => i.Quantity),
            Min = o.Items.Min(i => i.Price - 1),
            Label = o.Express ? o.Customer.ToUpper() : o.Customer + "!",
            Note = o.Note ?? "none",
            Sorted = o.Items.OrderBy(i => i.Quantity).ThenByDescending(i => i.Sku, StringComparer.Ordinal).Select(i => i.Sku + i.Quantity),
            Cheapest = o.Items.OrderBy(i => i.Price).Take(2).Select(i => i.Price),
            Later = o.Items.Skip(2).Select(i => i.Sku).Reverse(),
            Kinds = o.Items.Select(i => i.Sku).Distinct(),
            Rounded = Math.Round(o.Total / 7, 2),
            Bounded = Math.Max(Math.Min(o.Total, 500m), -500m),
            Floor = Math.Floor(o.Total) + Math.Ceiling(o.Total) + Math.Abs(o.Total),
        };
        var machine = Workflow.StartWith(Pass("Shape").Output(payload)).QueryLanguage(QueryLanguage.JsonAta).Build();
        var compiled = payload.Compile();

        Orders.Sample(order => AssertPayloadAsync("random", machine, compiled, order).GetAwaiter().GetResult(), iter: 60, threads: 1);
    }

    private static async Task AssertPayloadAsync(string what, Asl.Model.StateMachine machine, Func<Order, object> lambda, params Order[] orders)
    {
        foreach (var order in orders)
        {
            var expected = JsonNode.Parse(JsonSerializer.Serialize(lambda(order), lambda(order).GetType()));
            var actual = JsonNode.Parse(await RunAsync(machine, order));
            Assert.True(SameJson(expected, actual), $"{what} on {JsonSerializer.Serialize(order)}:\nC#     {expected?.ToJsonString()}\nengine {actual?.ToJsonString()}");
        }
    }

    /// <summary>Equal JSON, numbers by value (C# writes 12.50, JSONata 12.5; sums of prices may differ in the last binary digit).</summary>
    private static bool SameJson(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(p => y.TryGetPropertyValue(p.Key, out var v) && SameJson(p.Value, v)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => SameJson(p.First, p.Second)),
        (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number =>
            Math.Abs(x.GetValue<double>() - y.GetValue<double>()) <= 1e-9 * Math.Max(1, Math.Abs(x.GetValue<double>())),
        _ => JsonNode.DeepEquals(a, b),
    };

    private static async Task<string> RunAsync(Asl.Model.StateMachine machine, Order order)
    {
        using var engine = TestEngine.Create();
        var registered = engine.RegisterStateMachine("Machine", machine);
        var result = await engine.RunAsync(registered.StateMachineArn, JsonSerializer.Serialize(order));
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Status}: {result.Error}: {result.Cause}\n{Asl.Writing.AslWriter.Write(machine)}");
        return result.Output!;
    }
}
