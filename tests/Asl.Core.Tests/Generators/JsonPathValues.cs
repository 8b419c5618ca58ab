using Asl.Collections;
using Asl.Json;

namespace Asl.Core.Tests.Generators;

/// <summary>What a JSONPath value may refer to where it is used.</summary>
/// <param name="Variables">Variables that are definitely assigned before the state runs.</param>
/// <param name="MapItem">True inside a Map's ItemSelector (or legacy Parameters), where <c>$$.Map.Item</c> exists.</param>
internal sealed record PathScope(IReadOnlyList<string> Variables, bool MapItem = false)
{
    public static PathScope None { get; } = new([]);
}

/// <summary>
/// JSONPath paths, reference paths, context paths, intrinsic function calls and payload templates, all
/// valid where they are placed.
/// </summary>
internal sealed class JsonPathValues(Draw draw, Literals literals)
{
    private static readonly string[] Fields = ["order", "items", "customer", "amount", "status", "meta", "detail"];

    private static readonly string[] ContextPaths =
    [
        "$$.Execution.Id", "$$.Execution.Name", "$$.Execution.StartTime", "$$.Execution.Input.requestId",
        "$$.State.Name", "$$.State.EnteredTime", "$$.StateMachine.Id", "$$.StateMachine.Name",
    ];

    /// <summary>A reference path: it selects one node of the input (dot and bracket steps only).</summary>
    public string ReferencePath()
    {
        var path = "$";
        var steps = draw.Int(0, 3);
        for (var i = 0; i < steps; i++)
        {
            path += draw.Int(0, 9) switch
            {
                0 => "[" + draw.Int(0, 3) + "]",
                1 => "['with space']",
                _ => "." + draw.Pick(Fields),
            };
        }
        return path;
    }

    /// <summary>A reference path below the root (never plain <c>$</c>), e.g. for ResultPath into a field.</summary>
    public string FieldPath() => "$." + draw.Pick(Fields) + (draw.Chance(50) ? "." + draw.Pick(Fields) : "");

    /// <summary>
    /// A path that may read the input, the context object or a variable; with <paramref name="wildcard"/>
    /// it may also select several nodes (allowed for payload template values, not for reference paths).
    /// </summary>
    public string ReadPath(PathScope scope, bool wildcard = false)
    {
        var kind = draw.Int(0, 9);
        if (kind == 0) return draw.Pick(ContextPaths);
        if (kind == 1 && scope.MapItem) return draw.Pick("$$.Map.Item.Value", "$$.Map.Item.Index", "$$.Map.Item.Value.id");
        if (kind == 2 && scope.Variables.Count > 0) return "$" + draw.Pick(scope.Variables) + (draw.Chance(50) ? "" : "." + draw.Pick(Fields));
        if (kind == 3 && wildcard) return "$." + draw.Pick(Fields) + "[*].id";
        return ReferencePath();
    }

    /// <summary>A call of any intrinsic function with arguments of the right number and kind.</summary>
    public string Intrinsic(PathScope scope, int depth = 1)
    {
        string Arg() => depth > 0 && draw.Chance(20) ? Intrinsic(scope, depth - 1) : ReadPath(scope);
        string Str() => draw.Pick("'plain'", "'it\\'s'", "'a,b'", "'braces \\{\\}'", "''");
        // Functions that take a string get a path, a string literal or a call that returns a string.
        string StrArg() => draw.Int(0, 3) switch { 0 => Str(), 1 when depth > 0 => StringIntrinsicOrPath(scope), _ => ReadPath(scope) };
        return draw.Int(0, 17) switch
        {
            0 => Format(scope, depth),
            1 => $"States.StringToJson({ReferencePath()})",
            2 => $"States.JsonToString({ReadPath(scope)})",
            3 => $"States.Array({string.Join(", ", Enumerable.Range(0, draw.Int(0, 3)).Select(_ => draw.Chance(50) ? Arg() : Str()))})",
            4 => $"States.ArrayPartition({ReadPath(scope)}, {draw.Int(1, 50)})",
            5 => $"States.ArrayContains({ReadPath(scope)}, {(draw.Chance(50) ? Str() : Arg())})",
            6 => ArrayRange(),
            7 => $"States.ArrayGetItem({ReadPath(scope)}, {draw.Int(0, 9)})",
            8 => $"States.ArrayLength({ReadPath(scope)})",
            9 => $"States.ArrayUnique({ReadPath(scope)})",
            10 => $"States.Base64Encode({StrArg()})",
            11 => $"States.Base64Decode({(draw.Chance(50) ? "'aGVsbG8='" : ReadPath(scope))})",
            12 => $"States.Hash({StrArg()}, '{draw.Pick("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512")}')",
            13 => $"States.JsonMerge({ReadPath(scope)}, {ReadPath(scope)}, false)",
            14 => MathRandom(scope),
            15 => $"States.MathAdd({(draw.Chance(50) ? ReadPath(scope) : draw.Int(-100, 100).ToString())}, {draw.Int(-10, 10)})",
            16 => $"States.StringSplit({StrArg()}, {draw.Pick("','", "' '", "'|'")})",
            _ => "States.UUID()",
        };
    }

    /// <summary>A call that returns a string, or a reference path: what Fail's ErrorPath and CausePath accept.</summary>
    public string StringIntrinsicOrPath(PathScope scope) => draw.Int(0, 6) switch
    {
        0 => Format(scope, 0),
        1 => $"States.JsonToString({ReferencePath()})",
        2 => $"States.Base64Encode({ReferencePath()})",
        3 => $"States.Hash({ReferencePath()}, 'SHA-256')",
        4 => "States.UUID()",
        5 => $"States.ArrayGetItem({ReferencePath()}, {draw.Int(0, 3)})",
        _ => ReferencePath(),
    };

    /// <summary>
    /// A payload template (Parameters, ResultSelector, ItemSelector, BatchInput, ItemReader/ResultWriter
    /// Parameters): literal members, and <c>.$</c> members whose values are paths or intrinsic calls. Keys are
    /// distinct after <c>.$</c> is stripped.
    /// </summary>
    public AslJsonObject Template(PathScope scope, int depth = 2, int maxMembers = 4)
    {
        var members = new List<AslJsonProperty>();
        var count = draw.Int(0, maxMembers);
        for (var i = 0; i < count; i++)
        {
            var key = "k" + i + draw.Pick("", "_x", "Ü", " spaced");
            switch (draw.Int(0, 5))
            {
                case 0:
                case 1:
                    members.Add(new AslJsonProperty(key + ".$", AslJson.Of(ReadPath(scope, wildcard: true))));
                    break;
                case 2:
                    members.Add(new AslJsonProperty(key + ".$", AslJson.Of(Intrinsic(scope))));
                    break;
                case 3 when depth > 0:
                    members.Add(new AslJsonProperty(key, Template(scope, depth - 1, 3)));
                    break;
                case 4 when depth > 0:
                    var items = Enumerable.Range(0, draw.Int(1, 2)).Select(_ => (AslJson)Template(scope, depth - 1, 2));
                    members.Add(new AslJsonProperty(key, new AslJsonArray(items.ToEquatableArray())));
                    break;
                default:
                    members.Add(new AslJsonProperty(key, literals.Value()));
                    break;
            }
        }
        return new AslJsonObject(members.ToEquatableArray());
    }

    /// <summary>A JSONPath Assign: variable names (with <c>.$</c> when the value is a path or intrinsic).</summary>
    public AslJsonObject Assign(PathScope scope, IReadOnlyList<string> names)
    {
        var members = names.Select(name => draw.Int(0, 2) switch
        {
            0 => new AslJsonProperty(name, literals.Value(1)),
            1 => new AslJsonProperty(name + ".$", AslJson.Of(ReadPath(scope))),
            _ => new AslJsonProperty(name + ".$", AslJson.Of(Intrinsic(scope, 0))),
        });
        return new AslJsonObject(members.ToEquatableArray());
    }

    private string Format(PathScope scope, int depth)
    {
        var args = Enumerable.Range(0, draw.Int(0, 3)).Select(_ => depth > 0 && draw.Chance(15) ? Intrinsic(scope, depth - 1) : ReadPath(scope)).ToList();
        var template = string.Concat(args.Select((_, i) => draw.Pick("id ", "\\{literal\\} ", "", "x-") + "{}")) + draw.Pick("", " done", " it\\'s");
        return $"States.Format('{template}'{string.Concat(args.Select(a => ", " + a))})";
    }

    private string ArrayRange()
    {
        var start = draw.Int(-20, 20);
        var step = draw.Pick(1, 2, 5, -1, -3);
        var end = start + step * draw.Int(0, 100);
        return $"States.ArrayRange({start}, {end}, {step})";
    }

    private string MathRandom(PathScope scope)
    {
        var start = draw.Int(-100, 100);
        var end = start + draw.Int(1, 1000);
        return draw.Chance(50)
            ? $"States.MathRandom({start}, {end})"
            : $"States.MathRandom({start}, {end}, {(draw.Chance(50) ? draw.Int(0, 99999).ToString() : ReadPath(scope))})";
    }
}
