using System.Text.Json.Nodes;

namespace Asl.Benchmarks.Inputs;

/// <summary>
/// The JSONata expressions compare.sh evaluates with Asl and with jsonata-js 2.0.6: expressions a Step Functions
/// workflow writes (with <c>$states</c> bound as Step Functions binds it), and the heavier cases of the JSONata test
/// suite (checked in under tests/Asl.Local.Tests/JsonAtaSuite) on their own data.
/// </summary>
internal static class JsonAtaWorkload
{
    private const string Order = """
        {"order": {"id": "o-1042", "status": "PAID", "placed": "2025-03-14T09:26:53.589Z",
          "customer": {"name": "Ada Lovelace", "email": "ada@analytical.example", "address": {"city": "London", "zip": "EC1A"}},
          "items": [
            {"sku": "A-1", "category": "books", "price": 12.5, "quantity": 2},
            {"sku": "B-7", "category": "tools", "price": 99.99, "quantity": 1},
            {"sku": "C-3", "category": "books", "price": 7.25, "quantity": 4},
            {"sku": "D-9", "category": "garden", "price": 45, "quantity": 3},
            {"sku": "E-2", "category": "tools", "price": 5.5, "quantity": 10}]}}
        """;

    private const string Context = """
        {"Execution": {"Id": "arn:aws:states:us-east-1:123456789012:execution:Orders:run-1", "Name": "run-1", "StartTime": "2025-03-14T09:27:00.000Z"},
         "State": {"Name": "Price", "EnteredTime": "2025-03-14T09:27:00.120Z"}, "StateMachine": {"Name": "Orders"}}
        """;

    /// <summary>Step Functions expressions: name and expression, all on the order input.</summary>
    private static readonly (string Name, string Expression)[] StepFunctions =
    [
        ("sfn: field", "$states.input.order.customer.address.city"),
        ("sfn: filter and shape", "$states.input.order.items[quantity > 1].{'sku': sku, 'total': price * quantity}"),
        ("sfn: sum of products", "$sum($states.input.order.items.(price * quantity))"),
        ("sfn: string building", "'Order ' & $states.input.order.id & ' for ' & $uppercase($states.input.order.customer.name) & ' (' & $count($states.input.order.items) & ' items)'"),
        ("sfn: choice condition", "$states.input.order.status in ['PAID', 'SHIPPED'] and $count($states.input.order.items[price > 100]) = 0"),
        ("sfn: arguments object", "{'TableName': 'orders', 'Key': {'id': {'S': $states.input.order.id}}, 'Item': $merge([$states.input.order.customer, {'updated': $states.context.State.EnteredTime}])}"),
        ("sfn: lambdas", "$map($filter($states.input.order.items, function($i) { $i.price > 10 }), function($i, $n) { $n & ':' & $i.sku })"),
        ("sfn: sort and group", "$states.input.order.items^(>price){category: $sum(price)}"),
        ("sfn: regex and dates", "$replace($states.input.order.customer.email, /@.*$/, '@example.com') & ' ' & $fromMillis($toMillis($states.input.order.placed), '[Y0001]-[M01]-[D01]')"),
        ("sfn: block and reduce", "($total := $reduce($states.input.order.items, function($acc, $i) { $acc + $i.price * $i.quantity }, 0); $total > 500 ? 'large' : 'small')"),
    ];

    /// <summary>Heavier cases of the JSONata suite, by their ids (see tests/Asl.Local.Tests/JsonAtaSuite/SuiteCases.cs).</summary>
    private static readonly string[] SuiteCases =
    [
        "performance/case000",
        "performance/case001",
        "joins/library-joins#3",
        "joins/employee-map-reduce#0",
        "function-sort/case008",
        "transforms/case000",
        "transform/case000",
    ];

    /// <summary>The cases as JSON: [{"name", "expr", "data", "bindings"}], for both tools.</summary>
    public static JsonArray Build(string repositoryRoot)
    {
        var cases = new JsonArray();
        var order = JsonNode.Parse(Order)!;
        foreach (var (name, expression) in StepFunctions)
            cases.Add(new JsonObject
            {
                ["name"] = name,
                ["expr"] = expression,
                ["bindings"] = new JsonObject { ["states"] = new JsonObject { ["input"] = order.DeepClone(), ["context"] = JsonNode.Parse(Context) } },
            });

        var suite = Path.Combine(repositoryRoot, "tests", "Asl.Local.Tests", "JsonAtaSuite");
        foreach (var id in SuiteCases)
        {
            var (path, index) = id.Split('#') is [var file, var n] ? (file, int.Parse(n)) : (id, -1);
            var group = path.Split('/')[0];
            var root = JsonNode.Parse(File.ReadAllText(Path.Combine(suite, "groups", path + ".json")))!;
            var test = index >= 0 ? root[index]! : root;
            var expression = test["expr"]?.GetValue<string>() ?? File.ReadAllText(Path.Combine(suite, "groups", group, test["expr-file"]!.GetValue<string>()));
            var data = test["data"]?.DeepClone()
                ?? (test["dataset"]?.GetValue<string>() is { } dataset ? JsonNode.Parse(File.ReadAllText(Path.Combine(suite, "datasets", dataset + ".json"))) : null);
            var entry = new JsonObject { ["name"] = "suite: " + id, ["expr"] = expression, ["data"] = data };
            if (test["bindings"] is JsonObject { Count: > 0 } bindings) entry["bindings"] = bindings.DeepClone();
            cases.Add(entry);
        }
        return cases;
    }
}
