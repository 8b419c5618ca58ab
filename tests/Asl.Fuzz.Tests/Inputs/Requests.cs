using System.Globalization;
using System.Text;
using CsCheck;

namespace Asl.Fuzz.Tests.Inputs;

/// <summary>
/// API requests: an operation and a body of its members, each of the right type with a plausible or hostile value,
/// of the wrong type, or missing; now and then a body that is not JSON, not an object or not UTF-8, an unknown
/// operation, another method or path. Executions are named from a small pool, so later requests find them.
/// </summary>
internal static class Requests
{
    public const string Role = "arn:aws:iam::123456789012:role/fuzz";

    public static readonly (string Name, string Type)[] Machines = [("M0", "STANDARD"), ("M1", "STANDARD"), ("X0", "EXPRESS")];

    private enum Kind { MachineArn, ExecutionArn, Name, Definition, Json, Token, Integer, Type, Severity, Status, Text, Boolean, Object, List }

    private static readonly Dictionary<string, (string Member, Kind Kind)[]> Operations = new()
    {
        ["CreateStateMachine"] = [("name", Kind.Name), ("definition", Kind.Definition), ("roleArn", Kind.Text), ("type", Kind.Type), ("tags", Kind.List), ("loggingConfiguration", Kind.Object), ("publish", Kind.Boolean)],
        ["DescribeStateMachine"] = [("stateMachineArn", Kind.MachineArn)],
        ["ListStateMachines"] = [("maxResults", Kind.Integer), ("nextToken", Kind.Token)],
        ["UpdateStateMachine"] = [("stateMachineArn", Kind.MachineArn), ("definition", Kind.Definition), ("roleArn", Kind.Text), ("tracingConfiguration", Kind.Object)],
        ["DeleteStateMachine"] = [("stateMachineArn", Kind.MachineArn)],
        ["DescribeStateMachineForExecution"] = [("executionArn", Kind.ExecutionArn)],
        ["StartExecution"] = [("stateMachineArn", Kind.MachineArn), ("name", Kind.Name), ("input", Kind.Json), ("traceHeader", Kind.Text)],
        ["StartSyncExecution"] = [("stateMachineArn", Kind.MachineArn), ("name", Kind.Name), ("input", Kind.Json)],
        ["DescribeExecution"] = [("executionArn", Kind.ExecutionArn)],
        ["ListExecutions"] = [("stateMachineArn", Kind.MachineArn), ("statusFilter", Kind.Status), ("maxResults", Kind.Integer), ("nextToken", Kind.Token)],
        ["StopExecution"] = [("executionArn", Kind.ExecutionArn), ("error", Kind.Text), ("cause", Kind.Text)],
        ["GetExecutionHistory"] = [("executionArn", Kind.ExecutionArn), ("maxResults", Kind.Integer), ("reverseOrder", Kind.Boolean), ("includeExecutionData", Kind.Boolean), ("nextToken", Kind.Token)],
        ["SendTaskSuccess"] = [("taskToken", Kind.Token), ("output", Kind.Json)],
        ["SendTaskFailure"] = [("taskToken", Kind.Token), ("error", Kind.Text), ("cause", Kind.Text)],
        ["SendTaskHeartbeat"] = [("taskToken", Kind.Token)],
        ["ValidateStateMachineDefinition"] = [("definition", Kind.Definition), ("type", Kind.Type), ("severity", Kind.Severity), ("maxResults", Kind.Integer)],
        ["ListActivities"] = [("maxResults", Kind.Integer)],
    };

    private static readonly string[] OperationNames = [.. Operations.Keys.Order(StringComparer.Ordinal)];

    public static Gen<Request> Any { get; } = Gen.Frequency(
        (10, Gen.Select(new RandGen<string>(r => r.Pick(OperationNames)), Definitions.Any, JsonInputs.Any,
            (operation, definition, input) => (operation, definition, input)).SelectMany(t => new RandGen<Request>(r => WellFormed(r, t.operation, t.definition, t.input)))),
        (1, new RandGen<Request>(Malformed)));

    private static Request WellFormed(Rand r, string operation, string definition, string input)
    {
        var body = new StringBuilder("{");
        foreach (var (member, kind) in Operations[operation])
        {
            if (r.Chance(8)) continue;
            if (body.Length > 1) body.Append(',');
            body.Append(Quote(member)).Append(':').Append(Value(r, kind, definition, input));
        }
        if (r.Chance(10)) body.Append(body.Length > 1 ? "," : "").Append(Quote(r.Text(Rand.NameAlphabet, 12))).Append(':').Append(Value(r, r.Pick(Enum.GetValues<Kind>()), definition, input));
        return new Request(operation, body.Append('}').ToString());
    }

    private static string Value(Rand r, Kind kind, string definition, string input)
    {
        if (r.Chance(5)) return "null";
        if (r.Chance(7)) return r.Pick("1", "true", "[]", "{}", "\"\"", "-1", "1.5");
        if (r.Chance(12)) return Quote(Hostile(r));
        return kind switch
        {
            Kind.MachineArn => Quote(r.Chance(80) ? "arn:aws:states:us-east-1:123456789012:stateMachine:" + r.Pick(Machines).Name + r.Pick("", "", "", "#Case", "x") : r.Text("arn:s-", 40)),
            Kind.ExecutionArn => Quote($"arn:aws:states:us-east-1:123456789012:{r.Pick("execution", "execution", "express", "stateMachine")}:{r.Pick(Machines).Name}:e{r.Int(0, 30)}"),
            Kind.Name => Quote(r.Chance(70) ? "e" + r.Int(0, 30) : r.Text(Rand.NameAlphabet, 100)),
            Kind.Definition => Quote(definition),
            Kind.Json => Quote(input),
            Kind.Token => Quote(r.Text("abcXYZ-_=0123456789+/\n", r.Chance(10) ? 5_000 : 80)),
            Kind.Integer => r.Pick("0", "1", "100", "1000", "1001", "-1", "2147483648", "1e3", "99999999999999999999"),
            Kind.Type => Quote(r.Pick("STANDARD", "EXPRESS", "standard", "")),
            Kind.Severity => Quote(r.Pick("ERROR", "WARNING", "INFO")),
            Kind.Status => Quote(r.Pick("RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE", "DONE")),
            Kind.Boolean => r.Pick("true", "false"),
            Kind.Object => "{\"level\":" + Quote(r.Pick("ALL", "OFF", "x")) + ",\"enabled\":true}",
            Kind.List => "[{\"key\":" + Quote(r.Text(Rand.NameAlphabet, 10)) + ",\"value\":\"v\"}]",
            _ => Quote(r.Text(Rand.NameAlphabet, r.Chance(5) ? 40_000 : 60)),
        };
    }

    /// <summary>Strings that break naive handling: halves of surrogate pairs, controls, quotes, very long text.</summary>
    private static string Hostile(Rand r) => r.Int(0, 5) switch
    {
        0 => "\ud800",
        1 => "a\udc00b\ud83d",
        2 => "\u0000\u001f\"\\",
        3 => new string('x', r.Skewed(300_000)),
        4 => "${Sub}",
        _ => r.Text(Rand.NameAlphabet, 50),
    };

    /// <summary>Requests that are not what the protocol expects: the body, the operation, the method or the path.</summary>
    private static Request Malformed(Rand r)
    {
        var operation = "AWSStepFunctions." + r.Pick(OperationNames);
        return r.Int(0, 9) switch
        {
            0 => new Request(HttpMethod.Post, "/", operation, [.. Enumerable.Range(0, r.Skewed(300)).Select(_ => (byte)r.Int(0, 255))]),
            1 => new Request(HttpMethod.Post, "/", operation, [.. "{\"nextToken\":\""u8, 0xFF, 0xC0, .. "\"}"u8]),
            2 => new Request(HttpMethod.Post, "/", operation, Encoding.UTF8.GetBytes(new string('[', r.Skewed(200)) + new string(']', r.Skewed(200)))),
            3 => new Request(HttpMethod.Post, "/", operation, Encoding.UTF8.GetBytes(r.Pick("[1]", "\"x\"", "7", "{", "{\"a\":}", "", " "))),
            4 => new Request(HttpMethod.Post, "/", r.Pick("AWSStepFunctions.", "AWSStepFunctions.Nope", "DynamoDB_20120810.ListTables", "x", ""), "{}"u8.ToArray()),
            5 => new Request(HttpMethod.Post, "/", null, "{}"u8.ToArray()),
            6 => new Request(r.Pick(HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Options), "/", operation, "{}"u8.ToArray()),
            7 => new Request(HttpMethod.Post, r.Pick("/x", "/%20", "/?a=1", "/a/b"), operation, "{}"u8.ToArray()),
            8 => new Request(HttpMethod.Post, "/", operation, Encoding.UTF8.GetBytes("{\"maxResults\": " + new string('1', r.Skewed(400)) + "}")),
            _ => new Request(HttpMethod.Post, "/", operation, Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', r.Skewed(2_000_000)) + "\"}")),
        };
    }

    /// <summary>A JSON string literal; every control character and every surrogate is written as an escape.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\' || c < 0x20 || char.IsSurrogate(c)) quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
