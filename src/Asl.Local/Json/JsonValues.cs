using System.Globalization;
using Asl.Collections;
using Asl.Json;

namespace Asl.Local.Json;

/// <summary>Small helpers over <see cref="AslJson"/> values that the engine needs everywhere.</summary>
public static class JsonValues
{
    /// <summary>The empty object <c>{}</c>.</summary>
    public static AslJsonObject EmptyObject { get; } = new(EquatableArray<AslJsonProperty>.Empty);

    /// <summary>The empty array <c>[]</c>.</summary>
    public static AslJsonArray EmptyArray { get; } = new(EquatableArray<AslJson>.Empty);

    /// <summary>Wraps items in an array without copying.</summary>
    public static AslJsonArray Array(AslJson[] items) => new(EquatableArray<AslJson>.UnsafeWrap(items));

    /// <summary>Wraps items in an array.</summary>
    public static AslJsonArray Array(List<AslJson> items) => new(EquatableArray<AslJson>.UnsafeWrap(items.ToArray()));

    /// <summary>A number value from an integer.</summary>
    public static AslJsonNumber Number(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number value from a double: integral values are written without a fraction.</summary>
    public static AslJsonNumber Number(double value)
    {
        if (Math.Floor(value) == value && Math.Abs(value) < 9.007199254740992E15) return Number((long)value);
        return AslJsonNumber.FromDouble(value);
    }

    /// <summary>A number value from a decimal, without trailing zeros.</summary>
    public static AslJsonNumber Number(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.')) text = text.TrimEnd('0').TrimEnd('.');
        return new AslJsonNumber(text);
    }

    /// <summary>The numeric value as a decimal when it fits exactly enough, else null.</summary>
    public static decimal? AsDecimal(AslJsonNumber number)
        => decimal.TryParse(number.Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>A value as text, as AWS quotes values in causes: a string's characters, any other value's JSON.</summary>
    public static string Text(AslJson value) => value is AslJsonString s ? s.Value : JsonText.Write(value);

    /// <summary>The JSON type name used in error messages (object, array, string, number, boolean, null).</summary>
    public static string KindName(AslJson value) => value.Kind switch
    {
        AslJsonKind.Null => "null",
        AslJsonKind.Boolean => "boolean",
        AslJsonKind.Number => "number",
        AslJsonKind.String => "string",
        AslJsonKind.Array => "array",
        _ => "object",
    };

    /// <summary>
    /// JSON equality as data: numbers compare by value (1 equals 1.0), objects compare members regardless of order.
    /// </summary>
    public static bool DeepEquals(AslJson a, AslJson b)
    {
        if (ReferenceEquals(a, b)) return true;
        StackGuard.Ensure();
        if (a.Kind != b.Kind) return false;
        switch (a)
        {
            case AslJsonNumber na:
            {
                var nb = (AslJsonNumber)b;
                if (na.Raw == nb.Raw) return true;
                var da = AsDecimal(na);
                var db = AsDecimal(nb);
                return da is not null && db is not null ? da == db : na.Value.Equals(nb.Value);
            }
            case AslJsonArray aa:
            {
                var ab = (AslJsonArray)b;
                if (aa.Items.Count != ab.Items.Count) return false;
                for (var i = 0; i < aa.Items.Count; i++)
                    if (!DeepEquals(aa.Items[i], ab.Items[i])) return false;
                return true;
            }
            case AslJsonObject oa:
            {
                var ob = (AslJsonObject)b;
                if (oa.Properties.Count != ob.Properties.Count) return false;
                foreach (var p in oa.Properties)
                {
                    var other = ob[p.Name];
                    if (other is null || !DeepEquals(p.Value, other)) return false;
                }
                return true;
            }
            default:
                return a.Equals(b);
        }
    }
}
