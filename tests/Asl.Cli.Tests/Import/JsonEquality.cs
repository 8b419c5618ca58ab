using System.Globalization;
using System.Text.Json.Nodes;

namespace Asl.Cli.Tests.Import;

/// <summary>JSON equality as ASL means it: member order does not count, numbers compare by value (2 equals 2.0).</summary>
internal static class JsonEquality
{
    public static bool AreEqual(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(p => y.TryGetPropertyValue(p.Key, out var other) && AreEqual(p.Value, other)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => AreEqual(p.First, p.Second)),
        (JsonValue x, JsonValue y) when x.GetValueKind() == System.Text.Json.JsonValueKind.Number && y.GetValueKind() == System.Text.Json.JsonValueKind.Number =>
            decimal.Parse(x.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(y.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => JsonNode.DeepEquals(a, b),
    };

    /// <summary>The first place where the two differ, as a JSON pointer with both values.</summary>
    public static string FirstDifference(JsonNode? a, JsonNode? b, string at = "")
    {
        if (a is JsonObject x && b is JsonObject y)
        {
            foreach (var p in x)
                if (!y.TryGetPropertyValue(p.Key, out var other)) return $"{at}/{p.Key}: only in the input";
                else if (!AreEqual(p.Value, other)) return FirstDifference(p.Value, other, at + "/" + p.Key);
            foreach (var p in y)
                if (!x.ContainsKey(p.Key)) return $"{at}/{p.Key}: only in the generated definition";
        }
        if (a is JsonArray xa && b is JsonArray ya && xa.Count == ya.Count)
            for (var i = 0; i < xa.Count; i++)
                if (!AreEqual(xa[i], ya[i])) return FirstDifference(xa[i], ya[i], at + "/" + i);
        return $"{at}: {a?.ToJsonString()} became {b?.ToJsonString()}";
    }
}
