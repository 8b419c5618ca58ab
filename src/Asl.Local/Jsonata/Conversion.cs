using Asl.Json;
using Asl.JsonAta;
using Asl.Local.Json;

namespace Asl.Local.Jsonata;

/// <summary>JSONata values to and from the engine's JSON (<see cref="AslJson"/>).</summary>
internal static class Conversion
{
    public static object FromJson(AslJson value)
    {
        switch (value)
        {
            case AslJsonString s: return s.Value;
            case AslJsonNumber n: return Box.Number(n.Value);
            case AslJsonBool b: return Box.Bool(b.Value);
            case AslJsonArray array:
            {
                Evaluation.EnsureStack();
                var items = new JArray(array.Items.Count);
                foreach (var item in array.Items) items.Add(FromJson(item));
                return items;
            }
            case AslJsonObject obj:
            {
                var result = new JObject(obj.Properties.Count);
                foreach (var property in obj.Properties) result.Set(property.Name, FromJson(property.Value));
                return result;
            }
            default:
                return JNull.Value;
        }
    }

    /// <summary>
    /// The JSON of a result, as Step Functions writes it: undefined and functions are left out of objects and become
    /// null in arrays; a number that is not finite is written as the string "Infinity", "-Infinity" or "NaN"
    /// (measured on AWS: <c>{'k': 1/0}</c> gives <c>{"k":"Infinity"}</c>). Returns null for undefined or a function.
    /// </summary>
    public static AslJson? ToJson(object? value)
    {
        switch (value)
        {
            case null or JFunction or TailCall: return null;
            case string s: return new AslJsonString(s);
            case double d: return Number(d);
            case bool b: return AslJson.Of(b);
            case JArray array:
            {
                Evaluation.EnsureStack();
                var items = new AslJson[array.Count];
                for (var i = 0; i < items.Length; i++) items[i] = ToJson(array[i]) ?? AslJson.Null;
                return JsonValues.Array(items);
            }
            case JObject obj:
            {
                Evaluation.EnsureStack();
                var members = new JsonObjectBuilder(obj.Count);
                for (var i = 0; i < obj.Count; i++)
                    if (ToJson(obj.ValueAt(i)) is { } member) members.AddUnique(obj.KeyAt(i), member);
                return members.Build();
            }
            default:
                return AslJson.Null;
        }
    }

    private static AslJson Number(double d)
    {
        if (double.IsNaN(d)) return new AslJsonString("NaN");
        if (double.IsInfinity(d)) return new AslJsonString(d > 0 ? "Infinity" : "-Infinity");
        if (d == Math.Floor(d) && Math.Abs(d) < 1e15) return new AslJsonNumber(((long)d).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new AslJsonNumber(JsonAtaNumbers.Format(d));
    }
}
