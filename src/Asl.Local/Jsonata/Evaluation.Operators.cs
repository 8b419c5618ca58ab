using Asl.JsonAta;

namespace Asl.Local.Jsonata;

internal sealed partial class Evaluation
{
    private object? EvalBinary(JsonAtaBinary expr, object? input, Frame env)
    {
        var left = Eval(expr.Left, input, env);
        var op = expr.Operator;
        if (op is JsonAtaOperator.And or JsonAtaOperator.Or)
        {
            // The right side is evaluated only when it decides the result.
            var leftTrue = Boolean(left) == true;
            if (op == JsonAtaOperator.And ? !leftTrue : leftTrue) return Box.Bool(leftTrue);
            return Box.Bool(Boolean(Eval(expr.Right, input, env)) == true);
        }

        var right = Eval(expr.Right, input, env);
        try
        {
            switch (op)
            {
                case JsonAtaOperator.Add:
                case JsonAtaOperator.Subtract:
                case JsonAtaOperator.Multiply:
                case JsonAtaOperator.Divide:
                case JsonAtaOperator.Modulo:
                    return Arithmetic(left, right, op);
                case JsonAtaOperator.Equal:
                    return left is null || right is null ? Box.False : Box.Bool(DeepEquals(left, right));
                case JsonAtaOperator.NotEqual:
                    return left is null || right is null ? Box.False : Box.Bool(!DeepEquals(left, right));
                case JsonAtaOperator.Less:
                case JsonAtaOperator.LessOrEqual:
                case JsonAtaOperator.Greater:
                case JsonAtaOperator.GreaterOrEqual:
                    return Compare(left, right, op);
                case JsonAtaOperator.Concatenate:
                {
                    var text = (left is null ? "" : StringOf(left)) + (right is null ? "" : StringOf(right));
                    CheckSize(text.Length);
                    return text;
                }
                case JsonAtaOperator.Range:
                    return Range(left, right);
                default: // In
                    return Box.Bool(Includes(left, right));
            }
        }
        catch (JsonAtaError error) when (error.Position < 0)
        {
            error.Position = expr.Position;
            error.Token ??= expr.OperatorText;
            throw;
        }
    }

    private static object? Arithmetic(object? left, object? right, JsonAtaOperator op)
    {
        if (left is not null && !IsNumeric(left)) throw new JsonAtaError("T2001") { Value = left };
        if (right is not null && !IsNumeric(right)) throw new JsonAtaError("T2002") { Value = right };
        if (left is null || right is null) return null;
        var a = (double)left;
        var b = (double)right;
        return Box.Number(op switch
        {
            JsonAtaOperator.Add => a + b,
            JsonAtaOperator.Subtract => a - b,
            JsonAtaOperator.Multiply => a * b,
            JsonAtaOperator.Divide => a / b,
            _ => a % b,
        });
    }

    private static object? Compare(object? left, object? right, JsonAtaOperator op)
    {
        var leftComparable = left is null or string or double;
        var rightComparable = right is null or string or double;
        if (!leftComparable || !rightComparable)
            throw new JsonAtaError("T2010") { Value = left is not (string or double) ? left : right };
        if (left is null || right is null) return null;
        if (left.GetType() != right.GetType()) throw new JsonAtaError("T2009") { Value = left, Value2 = right };
        bool result;
        if (left is double a)
        {
            var b = (double)right;
            result = op switch
            {
                JsonAtaOperator.Less => a < b,
                JsonAtaOperator.LessOrEqual => a <= b,
                JsonAtaOperator.Greater => a > b,
                _ => a >= b,
            };
        }
        else
        {
            var order = string.CompareOrdinal((string)left, (string)right);
            result = op switch
            {
                JsonAtaOperator.Less => order < 0,
                JsonAtaOperator.LessOrEqual => order <= 0,
                JsonAtaOperator.Greater => order > 0,
                _ => order >= 0,
            };
        }
        return Box.Bool(result);
    }

    /// <summary><c>a..b</c>: the integers from a to b (an empty result when a &gt; b).</summary>
    private object? Range(object? left, object? right)
    {
        if (left is not null && !IsInteger(left)) throw new JsonAtaError("T2003") { Value = left };
        if (right is not null && !IsInteger(right)) throw new JsonAtaError("T2004") { Value = right };
        if (left is null || right is null) return null;
        var from = (double)left;
        var to = (double)right;
        if (from > to) return null;
        var size = to - from + 1;
        if (size > 1e7) throw new JsonAtaError("D2014") { Value = size };
        CheckSize((long)(8 * size));
        var result = new JArray((int)size) { IsSequence = true };
        for (var value = from; value <= to; value++) result.Add(Box.Number(value));
        return result;
    }

    private static bool IsInteger(object value) => value is double d && Math.Floor(d) == d && !double.IsInfinity(d);

    /// <summary><c>a in b</c>: b (or [b]) holds a value identical to a (strict equality, as JavaScript's ===).</summary>
    private static bool Includes(object? left, object? right)
    {
        if (left is null || right is null) return false;
        if (right is not JArray array) return StrictEquals(left, right);
        foreach (var item in array)
            if (StrictEquals(item, left)) return true;
        return false;
    }

    /// <summary>JavaScript's ===: numbers, strings and booleans by value, everything else by reference.</summary>
    public static bool StrictEquals(object? a, object? b) => (a, b) switch
    {
        (double x, double y) => x == y,
        (string x, string y) => x == y,
        (bool x, bool y) => x == y,
        _ => ReferenceEquals(a, b),
    };

    /// <summary>JSONata's deep equality: arrays item by item, objects by their members in any order.</summary>
    public static bool DeepEquals(object? a, object? b)
    {
        if (StrictEquals(a, b)) return true;
        if (a is JArray x && b is JArray y)
        {
            EnsureStack();
            if (x.Count != y.Count) return false;
            for (var i = 0; i < x.Count; i++)
                if (!DeepEquals(x[i], y[i])) return false;
            return true;
        }
        if (a is JObject o && b is JObject p)
        {
            if (o.Count != p.Count) return false;
            for (var i = 0; i < o.Count; i++)
                if (!p.TryGet(o.KeyAt(i), out var other) || !DeepEquals(o.ValueAt(i), other)) return false;
            return true;
        }
        return false;
    }

    /// <summary>A number that is not NaN; an infinite number is an error (D1001), as in JSONata.</summary>
    public static bool IsNumeric(object? value)
    {
        if (value is not double d || double.IsNaN(d)) return false;
        if (double.IsInfinity(d)) throw new JsonAtaError("D1001") { Value = d };
        return true;
    }

    public static bool IsArrayOfNumbers(JArray array)
    {
        foreach (var item in array)
            if (!IsNumeric(item)) return false;
        return true;
    }

    public static bool IsArrayOfStrings(object? value)
    {
        if (value is not JArray array) return false;
        foreach (var item in array)
            if (item is not string) return false;
        return true;
    }

    /// <summary>JSONata's $boolean: undefined stays undefined (null); otherwise the value's truth.</summary>
    public static bool? Boolean(object? value)
    {
        switch (value)
        {
            case null: return null;
            case bool b: return b;
            case string s: return s.Length > 0;
            case double:
                return IsNumeric(value) && (double)value != 0;
            case JArray array:
                if (array.Count == 1) return Boolean(array[0]);
                foreach (var item in array)
                    if (Boolean(item) == true) return true;
                return false;
            case JObject obj: return obj.Count > 0;
            // A regex matcher is a bare JavaScript function (false); the other functions are objects with members (true).
            // (An argument of a call is wrapped in a bare function, which is why $boolean of a function is false.)
            case RegexFunction or RegexNextFunction: return false;
            case JFunction: return true;
            default: return false;
        }
    }

    /// <summary>JSONata's $string: strings as they are, functions as empty, numbers and structures as JSON.</summary>
    public static string StringOf(object value, bool pretty = false)
    {
        switch (value)
        {
            case string s: return s;
            case JFunction: return "";
            case double d when double.IsNaN(d) || double.IsInfinity(d):
                throw new JsonAtaError("D3001") { Value = d };
            case JArray { OuterWrapper: true } wrapper when wrapper.Count > 0:
                return JsonAtaJson.ForString(wrapper[0]!, pretty);
            default:
                return JsonAtaJson.ForString(value, pretty);
        }
    }

    /// <summary>JSONata's $append: undefined sides disappear; otherwise a new array of both sides' items.</summary>
    public static object? Append(object? left, object? right)
    {
        if (left is null) return right;
        if (right is null) return left;
        var result = new JArray((left is JArray l ? l.Count : 1) + (right is JArray r ? r.Count : 1));
        if (left is JArray leftItems) result.AddRange(leftItems);
        else result.Add(left);
        if (right is JArray rightItems) result.AddRange(rightItems);
        else result.Add(right);
        return result;
    }

    /// <summary>The member <paramref name="key"/> of an object, or of each object of an array (flattened).</summary>
    public static object? Lookup(object? input, string key)
    {
        switch (input)
        {
            case JObject obj:
                return obj.Get(key);
            case JArray array:
            {
                var result = new JArray(array.Count) { IsSequence = true };
                foreach (var item in array)
                {
                    var value = Lookup(item, key);
                    if (value is null) continue;
                    if (value is JArray values) result.AddRange(values);
                    else result.Add(value);
                }
                return result;
            }
            default:
                return null;
        }
    }
}
