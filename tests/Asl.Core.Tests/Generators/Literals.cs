using Asl.Collections;
using Asl.Json;

namespace Asl.Core.Tests.Generators;

/// <summary>Plain JSON values that mean nothing special in either query language: no paths, no JSONata.</summary>
internal sealed class Literals(Draw draw)
{
    // Strings that exercise the writer's escaping and the reader's unescaping.
    private static readonly string[] Texts =
    [
        "standard", "EUR", "ready", "line one\nline two", "tab\there", "quote \" inside", "back\\slash",
        "héllo wörld", "🚀 launch", "日本語", "", " padded ", "a/b~c", "control \u0001 char", "it's",
    ];

    private static readonly string[] Numbers = ["0", "1", "42", "-7", "3.25", "-0.5", "100000", "2.0"];

    private static readonly string[] Keys = ["id", "name", "count", "tags", "nested", "Ünïcode", "with space", "a.b"];

    public string Text() => draw.Pick(Texts);

    public AslJson Number() => new AslJsonNumber(draw.Pick(Numbers));

    public AslJson Integer(int min, int max) => AslJson.Of(draw.Int(min, max));

    /// <summary>Any JSON value, nested up to <paramref name="depth"/> levels.</summary>
    public AslJson Value(int depth = 2)
    {
        switch (draw.Int(0, depth > 0 ? 6 : 4))
        {
            case 0: return AslJson.Null;
            case 1: return AslJson.Of(draw.Chance(50));
            case 2: return Number();
            case 3:
            case 4: return AslJson.Of(Text());
            case 5: return new AslJsonArray(Enumerable.Range(0, draw.Int(0, 3)).Select(_ => Value(depth - 1)).ToEquatableArray());
            default: return Object(depth - 1);
        }
    }

    /// <summary>A JSON object with distinct literal keys (none ending in <c>.$</c>).</summary>
    public AslJsonObject Object(int depth = 1)
    {
        var keys = Keys.OrderBy(_ => draw.Int(0, 1000)).Take(draw.Int(0, 3));
        return new AslJsonObject(keys.Select(k => new AslJsonProperty(k, Value(depth))).ToEquatableArray());
    }

    /// <summary>An RFC 3339 timestamp as Step Functions accepts it (uppercase T and Z).</summary>
    public string Timestamp() => draw.Pick(
        "2031-03-04T05:06:07Z", "2030-12-31T23:59:59.123Z", "2029-01-01T00:00:00+02:00", "2032-06-15T12:30:00-05:30");

    public string Comment() => draw.Pick("Does the obvious thing.", "Zahlt die Rechnung.", "Handles \"edge\" cases\\n.", "Multi\nline", "✓ checked");
}
