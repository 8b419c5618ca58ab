using static Asl.Local.Jsonata.Library.BuiltIns;

namespace Asl.Local.Jsonata.Library;

/// <summary>JSONata's array functions.</summary>
internal static class Arrays
{
    public static object? Append(Evaluation ev, object?[] a, CallSite site)
    {
        var result = Evaluation.Append(Arg(a, 0), Arg(a, 1));
        if (result is JArray array) ev.CheckSize(8L * array.Count);
        return result;
    }

    public static object? Reverse(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not JArray items) return null;
        if (items.Count <= 1) return items;
        var result = new JArray(items.Count);
        for (var i = items.Count - 1; i >= 0; i--) result.Add(items[i]);
        return result;
    }

    public static object? Sort(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not JArray items) return null;
        if (items.Count <= 1) return items;
        if (Arg(a, 1) is JFunction comparator)
            return Evaluation.MergeSort(items, (x, y) => JavaScriptTruth(ev.Apply(comparator, new[] { x, y }, null, site.Environment)));
        var numbers = Evaluation.IsArrayOfNumbers(items);
        if (!numbers && !Evaluation.IsArrayOfStrings(items)) throw new JsonAtaError("D3070") { Index = 1 };
        return Evaluation.MergeSort(items, numbers
            ? (x, y) => (double)x! > (double)y!
            : (x, y) => string.CompareOrdinal((string)x!, (string)y!) > 0);
    }

    /// <summary>JavaScript's truthiness (not JSONata's $boolean): what $sort makes of its comparator's answer.</summary>
    private static bool JavaScriptTruth(object? value) => value switch
    {
        null or JNull => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        _ => true,
    };

    public static object? Shuffle(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not JArray items) return null;
        if (items.Count <= 1) return items;
        // The "inside-out" Fisher-Yates shuffle, as JSONata's.
        var result = new object?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var j = (int)Math.Floor(ev.Random.NextDouble() * (i + 1));
            if (i != j) result[i] = result[j];
            result[j] = items[i];
        }
        return new JArray(result);
    }

    public static object? Distinct(Evaluation ev, object?[] a, CallSite site)
    {
        var value = Arg(a, 0);
        if (value is not JArray { Count: > 1 } items) return value;
        var result = items.IsSequence ? JArray.Sequence() : new JArray();
        foreach (var item in items)
        {
            var seen = false;
            foreach (var kept in result)
            {
                if (Evaluation.DeepEquals(item, kept))
                {
                    seen = true;
                    break;
                }
            }
            if (!seen) result.Add(item);
        }
        return result;
    }

    public static object? Zip(Evaluation ev, object?[] a, CallSite site)
    {
        var result = new JArray();
        if (a.Length == 0) return result;
        var length = int.MaxValue;
        foreach (var argument in a) length = Math.Min(length, argument is JArray array ? array.Count : 0);
        for (var i = 0; i < length; i++)
        {
            var tuple = new JArray(a.Length);
            foreach (var argument in a) tuple.Add(((JArray)argument!)[i]);
            result.Add(tuple);
        }
        return result;
    }
}

/// <summary>JSONata's object functions, $error, $assert and $type.</summary>
internal static class Objects
{
    public static object? Keys(Evaluation ev, object?[] a, CallSite site) => KeysOf(Arg(a, 0));

    private static JArray KeysOf(object? value)
    {
        Evaluation.EnsureStack();
        var result = JArray.Sequence();
        if (value is JArray items)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
                foreach (var key in KeysOf(item))
                    if (seen.Add((string)key!)) result.Add(key);
        }
        else if (value is JObject obj)
        {
            for (var i = 0; i < obj.Count; i++) result.Add(obj.KeyAt(i));
        }
        return result;
    }

    // JavaScript reads input[undefined] as the member named "undefined".
    public static object? Lookup(Evaluation ev, object?[] a, CallSite site) => Evaluation.Lookup(Arg(a, 0), Arg(a, 1) as string ?? "undefined");

    public static object? Spread(Evaluation ev, object?[] a, CallSite site) => SpreadOf(Arg(a, 0));

    private static object? SpreadOf(object? value)
    {
        Evaluation.EnsureStack();
        switch (value)
        {
            case JArray items:
            {
                object? result = JArray.Sequence();
                foreach (var item in items) result = Evaluation.Append(result, SpreadOf(item));
                return result;
            }
            case JObject obj:
            {
                var result = JArray.Sequence();
                for (var i = 0; i < obj.Count; i++)
                {
                    var single = new JObject(1);
                    single.Set(obj.KeyAt(i), obj.ValueAt(i));
                    result.Add(single);
                }
                return result;
            }
            default:
                return value;
        }
    }

    public static object? Merge(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not JArray items) return null;
        var result = new JObject();
        foreach (var item in items)
            if (item is JObject obj)
                for (var i = 0; i < obj.Count; i++) result.Set(obj.KeyAt(i), obj.ValueAt(i));
        return result;
    }

    public static object? Sift(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not JObject obj) return null;
        var result = new JObject();
        for (var i = 0; i < obj.Count; i++)
        {
            var function = Required<JFunction>(a, 1, site);
            var value = obj.ValueAt(i);
            var test = ev.Apply(function, HigherOrder.Arguments(function, value, obj.KeyAt(i), obj), null, site.Environment);
            if (HigherOrder.Truth(test)) result.Set(obj.KeyAt(i), value);
        }
        return result.Count == 0 ? null : result;
    }

    public static object? Each(Evaluation ev, object?[] a, CallSite site)
    {
        var result = JArray.Sequence();
        if (Arg(a, 0) is not JObject obj) return result;
        var function = Arg(a, 1);
        for (var i = 0; i < obj.Count; i++)
        {
            var value = ev.Apply(function, HigherOrder.Arguments(function, obj.ValueAt(i), obj.KeyAt(i), obj), null, site.Environment);
            if (value is not null) result.Add(value);
        }
        return result;
    }

    public static object? Error(Evaluation ev, object?[] a, CallSite site) =>
        throw new JsonAtaError("D3137") { CustomMessage = Arg(a, 0) is string { Length: > 0 } message ? message : "$error() function evaluated" };

    public static object? Assert(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is true) return null;
        throw new JsonAtaError("D3141") { CustomMessage = Arg(a, 1) is string { Length: > 0 } message ? message : "$assert() statement failed" };
    }

    public static object? Type(Evaluation ev, object?[] a, CallSite site) => Arg(a, 0) switch
    {
        null => null,
        JNull => "null",
        double d when Evaluation.IsNumeric(d) => "number",
        string => "string",
        bool => "boolean",
        JArray => "array",
        JFunction => "function",
        _ => "object",
    };

    /// <summary>JSONata's $clone: JSON.parse($string(value)), so numbers come back rounded to 15 digits and functions as "".</summary>
    public static object? Clone(Evaluation ev, object?[] a, CallSite site)
    {
        var value = Arg(a, 0);
        return value is null ? null : JsonAtaJson.Clone(value is JArray { OuterWrapper: true, Count: > 0 } wrapper ? wrapper[0] : value);
    }
}

/// <summary>$map, $filter, $single and $reduce.</summary>
internal static class HigherOrder
{
    /// <summary>The arguments a callback receives: (value, index, array) cut to the number it declares.</summary>
    public static object?[] Arguments(object? function, object? value, object? index, object? all)
    {
        var arity = function is JFunction f ? f.Arity : 1;
        if (arity >= 3) return new[] { value, index, all };
        if (arity == 2) return new[] { value, index };
        return new[] { value };
    }

    private static object Index(int i) => Box.Number(i);

    /// <summary>The truth of a callback's result (a function result is a bare JavaScript function: false).</summary>
    public static bool Truth(object? value) => value is not JFunction && Evaluation.Boolean(value) == true;

    public static object? Map(Evaluation ev, object?[] a, CallSite site)
    {
        if (BuiltIns.Arg(a, 0) is not JArray items) return null;
        var function = BuiltIns.Arg(a, 1);
        var result = new JArray(items.Count) { IsSequence = true };
        for (var i = 0; i < items.Count; i++)
        {
            var value = ev.Apply(function, Arguments(function, items[i], Index(i), items), null, site.Environment);
            if (value is not null) result.Add(value);
        }
        ev.CheckSize(8L * result.Count);
        return result;
    }

    public static object? Filter(Evaluation ev, object?[] a, CallSite site)
    {
        if (BuiltIns.Arg(a, 0) is not JArray items) return null;
        var function = BuiltIns.Arg(a, 1);
        var result = JArray.Sequence();
        for (var i = 0; i < items.Count; i++)
            if (Truth(ev.Apply(function, Arguments(function, items[i], Index(i), items), null, site.Environment))) result.Add(items[i]);
        return result;
    }

    public static object? Single(Evaluation ev, object?[] a, CallSite site)
    {
        if (BuiltIns.Arg(a, 0) is not JArray items) return null;
        var function = BuiltIns.Arg(a, 1);
        object? result = null;
        var found = false;
        for (var i = 0; i < items.Count; i++)
        {
            var matches = function is null || Truth(ev.Apply(function, Arguments(function, items[i], Index(i), items), null, site.Environment));
            if (!matches) continue;
            if (found) throw new JsonAtaError("D3138") { Index = i };
            result = items[i];
            found = true;
        }
        if (!found) throw new JsonAtaError("D3139");
        return result;
    }

    public static object? Reduce(Evaluation ev, object?[] a, CallSite site)
    {
        if (BuiltIns.Arg(a, 0) is not JArray items) return null;
        var function = (JFunction)BuiltIns.Arg(a, 1)!;
        var arity = function.Arity;
        if (arity < 2) throw new JsonAtaError("D3050") { Index = 1 };
        var init = BuiltIns.Arg(a, 2);
        object? result;
        int index;
        if (init is null && items.Count > 0)
        {
            result = items[0];
            index = 1;
        }
        else
        {
            result = init;
            index = 0;
        }
        for (; index < items.Count; index++)
        {
            var arguments = arity >= 4 ? new[] { result, items[index], Index(index), items }
                : arity == 3 ? new[] { result, items[index], Index(index) }
                : new[] { result, items[index] };
            result = ev.Apply(function, arguments, null, site.Environment);
        }
        return result;
    }
}
