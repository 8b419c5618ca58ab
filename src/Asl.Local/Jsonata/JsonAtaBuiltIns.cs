using System.Globalization;
using System.Text;
using Asl.Json;
using Asl.Local.Execution;
using Asl.Local.Intrinsics;
using Asl.Local.Json;

namespace Asl.Local.Jsonata;

/// <summary>
/// The JSONata functions the local engine provides: the common string, number, aggregation, boolean, array and
/// object functions, <c>$now</c>/<c>$millis</c> on the engine clock, and Step Functions' own <c>$partition</c>,
/// <c>$range</c>, <c>$hash</c>, <c>$random</c>, <c>$uuid</c> and <c>$parse</c>.
/// </summary>
internal static class JsonAtaBuiltIns
{
    private delegate AslJson? Function(JsonAtaEvaluator evaluator, CallNode call, AslJson?[] args);

    private static readonly Dictionary<string, (int Min, int Max, Function Body)> Functions = new(StringComparer.Ordinal)
    {
        ["string"] = (0, 2, (_, _, a) => a[0] is null ? null : new AslJsonString(ToText(a[0]))),
        ["length"] = (1, 1, (e, c, a) => a[0] is null ? null : JsonValues.Number(Text(e, c, a[0], 1).Length)),
        ["substring"] = (2, 3, Substring),
        ["substringBefore"] = (2, 2, (e, c, a) => a[0] is null ? null : Before(Text(e, c, a[0], 1), Text(e, c, a[1], 2))),
        ["substringAfter"] = (2, 2, (e, c, a) => a[0] is null ? null : After(Text(e, c, a[0], 1), Text(e, c, a[1], 2))),
        ["uppercase"] = (1, 1, (e, c, a) => a[0] is null ? null : new AslJsonString(Text(e, c, a[0], 1).ToUpperInvariant())),
        ["lowercase"] = (1, 1, (e, c, a) => a[0] is null ? null : new AslJsonString(Text(e, c, a[0], 1).ToLowerInvariant())),
        ["trim"] = (1, 1, (e, c, a) => a[0] is null ? null : new AslJsonString(string.Join(' ', Text(e, c, a[0], 1).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))),
        ["contains"] = (2, 2, (e, c, a) => a[0] is null ? null : AslJson.Of(Text(e, c, a[0], 1).Contains(Text(e, c, a[1], 2), StringComparison.Ordinal))),
        ["split"] = (2, 3, Split),
        ["join"] = (1, 2, Join),
        ["replace"] = (3, 4, Replace),
        ["number"] = (1, 1, ToNumber),
        ["abs"] = (1, 1, (e, c, a) => a[0] is null ? null : JsonValues.Number(Math.Abs(Number(e, c, a[0], 1)))),
        ["floor"] = (1, 1, (e, c, a) => a[0] is null ? null : JsonValues.Number(Math.Floor(Number(e, c, a[0], 1)))),
        ["ceil"] = (1, 1, (e, c, a) => a[0] is null ? null : JsonValues.Number(Math.Ceiling(Number(e, c, a[0], 1)))),
        ["round"] = (1, 2, Round),
        ["power"] = (2, 2, (e, c, a) => a[0] is null ? null : JsonValues.Number(Math.Pow(Number(e, c, a[0], 1), Number(e, c, a[1], 2)))),
        ["sqrt"] = (1, 1, (e, c, a) => a[0] is null ? null : JsonValues.Number(Math.Sqrt(Number(e, c, a[0], 1)))),
        ["sum"] = (1, 1, (e, c, a) => a[0] is null ? null : JsonValues.Number(Numbers(e, c, a[0]).Sum())),
        ["max"] = (1, 1, (e, c, a) => a[0] is null || Numbers(e, c, a[0]).Count == 0 ? null : JsonValues.Number(Numbers(e, c, a[0]).Max())),
        ["min"] = (1, 1, (e, c, a) => a[0] is null || Numbers(e, c, a[0]).Count == 0 ? null : JsonValues.Number(Numbers(e, c, a[0]).Min())),
        ["average"] = (1, 1, (e, c, a) => a[0] is null || Numbers(e, c, a[0]).Count == 0 ? null : JsonValues.Number(Numbers(e, c, a[0]).Average())),
        ["count"] = (1, 1, (_, _, a) => JsonValues.Number(a[0] switch { null => 0, AslJsonArray array => array.Items.Count, _ => 1 })),
        ["boolean"] = (1, 1, (_, _, a) => a[0] is null ? null : AslJson.Of(JsonAtaOperators.IsTruthy(a[0]))),
        ["not"] = (1, 1, (_, _, a) => a[0] is null ? null : AslJson.Of(!JsonAtaOperators.IsTruthy(a[0]))),
        ["exists"] = (1, 1, (_, _, a) => AslJson.Of(a[0] is not null)),
        ["append"] = (2, 2, Append),
        ["reverse"] = (1, 1, (_, _, a) => a[0] is null ? null : JsonValues.Array(ToList(a[0]!).AsEnumerable().Reverse().ToArray())),
        ["sort"] = (1, 1, Sort),
        ["distinct"] = (1, 1, (_, _, a) => a[0] is null ? null : ArrayFunctions.Unique(JsonValues.Array(ToList(a[0]!)))),
        ["keys"] = (1, 1, Keys),
        ["lookup"] = (2, 2, (e, c, a) => a[0] is AslJsonObject obj ? obj[Text(e, c, a[1], 2)] : null),
        ["merge"] = (1, 1, Merge),
        ["type"] = (1, 1, (_, _, a) => a[0] is null ? null : new AslJsonString(JsonValues.KindName(a[0]!))),
        ["now"] = (0, 0, (e, _, _) => new AslJsonString(Timestamps.Iso(e.Environment.Now))),
        ["millis"] = (0, 0, (e, _, _) => JsonValues.Number(e.Environment.Now.ToUnixTimeMilliseconds())),
        ["partition"] = (2, 2, (e, c, a) => Intrinsic(e, c, () => ArrayFunctions.Partition(a[0] ?? AslJson.Null, a[1] ?? AslJson.Null))),
        ["range"] = (3, 3, (e, c, a) => Intrinsic(e, c, () => ArrayFunctions.Range(a[0] ?? AslJson.Null, a[1] ?? AslJson.Null, a[2] ?? AslJson.Null))),
        ["hash"] = (2, 2, (e, c, a) => Intrinsic(e, c, () => StringFunctions.Hash(a[0] ?? AslJson.Null, a[1] ?? AslJson.Null))),
        ["random"] = (0, 1, (e, c, a) => JsonValues.Number((a.Length == 1 && a[0] is not null ? new Random((int)Number(e, c, a[0], 1)) : e.Environment.Random).NextDouble())),
        ["uuid"] = (0, 0, (e, _, _) => StringFunctions.Uuid(e.Environment.Random)),
        ["parse"] = (1, 1, (e, c, a) => Intrinsic(e, c, () => StringFunctions.StringToJson(a[0] ?? AslJson.Null))),
    };

    public static bool IsFunction(string name) => Functions.ContainsKey(name);

    public static AslJson? Call(JsonAtaEvaluator evaluator, CallNode call, AslJson? context)
    {
        if (!Functions.TryGetValue(call.Name, out var function))
            throw evaluator.Error(call, "T1006", $"the function '${call.Name}' is not available in the local engine (it supports ${string.Join(", $", Functions.Keys)})");
        if (call.Arguments.Count < function.Min || call.Arguments.Count > function.Max)
            throw evaluator.Error(call, "T0410", $"the function '${call.Name}' takes {function.Min} to {function.Max} argument(s), but {call.Arguments.Count} were given");
        var args = new AslJson?[Math.Max(call.Arguments.Count, 1)];
        for (var i = 0; i < call.Arguments.Count; i++) args[i] = evaluator.Evaluate(call.Arguments[i], context);
        return function.Body(evaluator, call, args);
    }

    /// <summary>JSONata's string form of a value: strings as they are, numbers in short form, others as JSON.</summary>
    public static string ToText(AslJson? value) => value switch
    {
        null => "",
        AslJsonString s => s.Value,
        AslJsonNumber n => FormatNumber(n.Value),
        _ => JsonText.Write(value),
    };

    private static string FormatNumber(double value)
        => Math.Floor(value) == value && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("G15", CultureInfo.InvariantCulture);

    private static string Text(JsonAtaEvaluator e, CallNode call, AslJson? value, int position)
        => value is AslJsonString s ? s.Value : throw e.Error(call, "T0410", $"argument {position} of '${call.Name}' must be a string");

    private static double Number(JsonAtaEvaluator e, CallNode call, AslJson? value, int position)
        => value is AslJsonNumber n ? n.Value : throw e.Error(call, "T0410", $"argument {position} of '${call.Name}' must be a number");

    private static List<AslJson> ToList(AslJson value) => value is AslJsonArray array ? array.Items.ToList() : new List<AslJson> { value };

    private static List<double> Numbers(JsonAtaEvaluator e, CallNode call, AslJson? value)
    {
        var numbers = new List<double>();
        if (value is null) return numbers;
        foreach (var item in ToList(value))
            numbers.Add(item is AslJsonNumber n ? n.Value : throw e.Error(call, "T0412", $"'${call.Name}' needs an array of numbers"));
        return numbers;
    }

    private static AslJson? Intrinsic(JsonAtaEvaluator e, CallNode call, Func<AslJson> body)
    {
        try
        {
            return body();
        }
        catch (IntrinsicArgumentException problem)
        {
            throw e.Error(call, "D3137", $"'${call.Name}' failed: {problem.Message}");
        }
    }

    private static AslJson? Substring(JsonAtaEvaluator e, CallNode call, AslJson?[] a)
    {
        if (a[0] is null) return null;
        var text = Text(e, call, a[0], 1);
        var start = (int)Number(e, call, a[1], 2);
        if (start < 0) start = Math.Max(0, text.Length + start);
        start = Math.Min(start, text.Length);
        var length = a.Length > 2 && a[2] is not null ? (int)Number(e, call, a[2], 3) : text.Length - start;
        length = Math.Max(0, Math.Min(length, text.Length - start));
        return new AslJsonString(text.Substring(start, length));
    }

    private static AslJson Before(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return new AslJsonString(at < 0 ? text : text[..at]);
    }

    private static AslJson After(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return new AslJsonString(at < 0 ? text : text[(at + marker.Length)..]);
    }

    private static AslJson? Split(JsonAtaEvaluator e, CallNode call, AslJson?[] a)
    {
        if (a[0] is null) return null;
        var text = Text(e, call, a[0], 1);
        var separator = Text(e, call, a[1], 2);
        IEnumerable<string> parts = separator.Length == 0 ? text.Select(ch => ch.ToString()) : text.Split(separator);
        if (a.Length > 2 && a[2] is not null) parts = parts.Take((int)Number(e, call, a[2], 3));
        return JsonValues.Array(parts.Select(p => (AslJson)new AslJsonString(p)).ToArray());
    }

    private static AslJson? Join(JsonAtaEvaluator e, CallNode call, AslJson?[] a)
    {
        if (a[0] is null) return null;
        var separator = a.Length > 1 && a[1] is not null ? Text(e, call, a[1], 2) : "";
        return new AslJsonString(string.Join(separator, ToList(a[0]!).Select(item => Text(e, call, item, 1))));
    }

    private static AslJson? Replace(JsonAtaEvaluator e, CallNode call, AslJson?[] a)
    {
        if (a[0] is null) return null;
        var text = Text(e, call, a[0], 1);
        var pattern = Text(e, call, a[1], 2);
        if (pattern.Length == 0) throw e.Error(call, "D3010", "the pattern of '$replace' must not be empty");
        var replacement = Text(e, call, a[2], 3);
        var limit = a.Length > 3 && a[3] is not null ? (int)Number(e, call, a[3], 4) : int.MaxValue;
        var result = new StringBuilder();
        var position = 0;
        for (var count = 0; count < limit; count++)
        {
            var at = text.IndexOf(pattern, position, StringComparison.Ordinal);
            if (at < 0) break;
            result.Append(text, position, at - position).Append(replacement);
            position = at + pattern.Length;
        }
        return new AslJsonString(result.Append(text, position, text.Length - position).ToString());
    }

    private static AslJson? ToNumber(JsonAtaEvaluator e, CallNode call, AslJson?[] a) => a[0] switch
    {
        null => null,
        AslJsonNumber n => n,
        AslJsonBool b => JsonValues.Number(b.Value ? 1 : 0),
        AslJsonString s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValues.Number(d),
        _ => throw e.Error(call, "D3030", "the value cannot be converted to a number"),
    };

    private static AslJson? Round(JsonAtaEvaluator e, CallNode call, AslJson?[] a)
    {
        if (a[0] is null) return null;
        var digits = a.Length > 1 && a[1] is not null ? (int)Number(e, call, a[1], 2) : 0;
        var value = (decimal)Number(e, call, a[0], 1);
        var factor = (decimal)Math.Pow(10, digits);
        return JsonValues.Number((double)(Math.Round(value * factor, MidpointRounding.ToEven) / factor));
    }

    private static AslJson? Append(JsonAtaEvaluator e, CallNode call, AslJson?[] a)
    {
        if (a[0] is null) return a[1];
        if (a[1] is null) return a[0];
        var items = ToList(a[0]!);
        items.AddRange(ToList(a[1]!));
        return JsonValues.Array(items);
    }

    private static AslJson? Sort(JsonAtaEvaluator e, CallNode call, AslJson?[] a)
    {
        if (a[0] is null) return null;
        var items = ToList(a[0]!);
        if (items.All(i => i is AslJsonNumber)) return JsonValues.Array(items.OrderBy(i => ((AslJsonNumber)i).Value).ToArray());
        if (items.All(i => i is AslJsonString)) return JsonValues.Array(items.OrderBy(i => ((AslJsonString)i).Value, StringComparer.Ordinal).ToArray());
        throw e.Error(call, "D3070", "'$sort' without a comparator sorts an array of only numbers or only strings");
    }

    private static AslJson? Keys(JsonAtaEvaluator e, CallNode call, AslJson?[] a)
    {
        var keys = new List<AslJson>();
        foreach (var item in a[0] is null ? new List<AslJson>() : ToList(a[0]!))
            if (item is AslJsonObject obj)
                foreach (var member in obj.Properties)
                    if (!keys.Any(k => ((AslJsonString)k).Value == member.Name)) keys.Add(new AslJsonString(member.Name));
        return JsonAtaEvaluator.Sequence(keys);
    }

    private static AslJson? Merge(JsonAtaEvaluator e, CallNode call, AslJson?[] a)
    {
        if (a[0] is null) return null;
        var merged = new JsonObjectBuilder();
        foreach (var item in ToList(a[0]!))
        {
            if (item is not AslJsonObject obj) throw e.Error(call, "T0412", "'$merge' needs an array of objects");
            foreach (var member in obj.Properties) merged.Set(member.Name, member.Value);
        }
        return merged.Build();
    }
}
